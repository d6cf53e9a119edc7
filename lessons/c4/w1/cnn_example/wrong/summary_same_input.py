def network_summary(input_shape, layers):
    rows = [{"name": "INPUT", "shape": input_shape, "size": math.prod(input_shape), "params": 0}]
    for layer in layers:
        shape = output_shape(input_shape, layer)
        rows.append({"name": layer["name"], "shape": shape, "size": math.prod(shape),
                     "params": layer_parameters(input_shape, layer)})
    return rows
