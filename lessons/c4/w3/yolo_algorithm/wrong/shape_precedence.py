def yolo_output_shape(grid_size, num_anchors, num_classes):
    return (grid_size, grid_size, num_anchors * 5 + num_classes)
