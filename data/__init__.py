"""Datasets: small shipped files (each with its source and licence) and seeded generators."""
