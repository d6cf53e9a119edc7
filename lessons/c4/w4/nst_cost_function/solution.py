"""The neural style transfer cost: J(G) = alpha * J_content(C, G) + beta * J_style(S, G)."""


def total_cost(J_content, J_style, alpha=10, beta=40):
    """The total cost of a generated image.

    Arguments:
    J_content -- content cost, a float
    J_style -- style cost, a float
    alpha -- weight of the content cost
    beta -- weight of the style cost

    Returns:
    J -- alpha * J_content + beta * J_style, a float
    """
    # YOUR CODE STARTS HERE
    # stub: J = None
    J = alpha * J_content + beta * J_style
    # YOUR CODE ENDS HERE
    return J


def cost_shares(J_content, J_style, alpha=10, beta=40):
    """Which part of the total cost dominates right now?

    Arguments:
    J_content, J_style, alpha, beta -- as in total_cost

    Returns:
    (content_share, style_share) -- the fractions of total_cost contributed by the weighted
    content term and the weighted style term; they add up to 1
    """
    # YOUR CODE STARTS HERE
    # stub: content_share = None
    # stub: style_share = None
    J = total_cost(J_content, J_style, alpha, beta)
    content_share = alpha * J_content / J
    style_share = beta * J_style / J
    # YOUR CODE ENDS HERE
    return content_share, style_share
