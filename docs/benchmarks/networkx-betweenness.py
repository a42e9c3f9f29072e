#!/usr/bin/env python3
"""Betweenness centrality of an edge list with NetworkX, for the partner network benchmark.

Usage: networkx-betweenness.py EDGES.tsv OUT.json
EDGES.tsv holds one "source<TAB>target" line per edge (node ids as text). Writes
{"networkx": version, "nodes": n, "edges": m, "seconds": time of betweenness_centrality alone,
 "scores": {node: normalized betweenness}}. Run by PartnerNetworkBenchmark with Debian's python3-networkx.
"""
import json
import sys
import time

import networkx as nx


def main(edges_path, out_path):
    graph = nx.Graph()
    with open(edges_path, encoding="utf-8") as edges:
        for line in edges:
            source, target = line.rstrip("\n").split("\t")
            graph.add_edge(source, target)
    started = time.perf_counter()
    scores = nx.betweenness_centrality(graph, normalized=True)
    seconds = time.perf_counter() - started
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump({"networkx": nx.__version__, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                   "seconds": seconds, "scores": scores}, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
