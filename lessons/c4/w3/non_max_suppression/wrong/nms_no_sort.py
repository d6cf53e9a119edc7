def non_max_suppression(boxes, scores, iou_threshold=0.5):
    order = list(range(len(scores)))
    keep = []
    while order:
        best = order.pop(0)
        keep.append(best)
        order = [i for i in order if iou(boxes[best], boxes[i]) <= iou_threshold]
    return keep
