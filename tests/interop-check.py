# interop-check.py: reads Tautan's GEXF, GraphML and CSV back with real
# clients (networkx, Python's csv module) and compares with expectations.
#
# Copyright 2026 The Tautan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run by test-export-interop with Debian's /usr/bin/python3, whose
# networkx (2.8 on Debian 12) reads GEXF 1.2draft but not 1.3:
#
#   interop-check.py gexf|graphml|csv FILE EXPECTATIONS.json
#
# EXPECTATIONS holds "nodes" {id: {attribute: value}}, "edges" [[source,
# target, {attribute: value}]], "spells" and "edge_spells" (GEXF only),
# "node_count" and "edge_count" when not every node is listed,
# or for CSV "header", "rows" and "cells" [[row, column, value]].
# Prints what differs and exits 1, or exits 0.

import csv
import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx

problems = []


def check(what, got, want):
    if got != want:
        problems.append(f"{what}: got {got!r}, want {want!r}")


def check_graph(graph, expect):
    check("node count", graph.number_of_nodes(), expect.get("node_count", len(expect["nodes"])))
    check("edge count", graph.number_of_edges(), expect.get("edge_count", len(expect["edges"])))
    for node, attributes in expect["nodes"].items():
        if node not in graph.nodes:
            problems.append(f"node {node!r} missing")
            continue
        for key, value in attributes.items():
            check(f"node {node!r} {key}", graph.nodes[node].get(key), value)
    for source, target, attributes in expect["edges"]:
        if not graph.has_edge(source, target):
            problems.append(f"edge {source!r} -> {target!r} missing")
            continue
        data = graph.get_edge_data(source, target)
        for key, value in attributes.items():
            check(f"edge {source!r} -> {target!r} {key}", data.get(key), value)


def spells(pairs):
    return [[start, end] for start, end in pairs]


def check_gexf(path, expect):
    graph = nx.read_gexf(path)
    check("directed", graph.is_directed(), True)
    check("mode", graph.graph.get("mode"), "dynamic")
    check_graph(graph, expect)
    for node, want in expect.get("spells", {}).items():
        check(f"node {node!r} spells", spells(graph.nodes[node].get("spells", [])), want)
    for source, target, want in expect.get("edge_spells", []):
        check(f"edge {source!r} -> {target!r} spells",
              spells(graph.get_edge_data(source, target).get("spells", [])), want)
    for node in graph.nodes:
        viz = graph.nodes[node].get("viz", {})
        if expect.get("positions") and "position" not in viz:
            problems.append(f"node {node!r} has no viz:position")
        if "color" not in viz:
            problems.append(f"node {node!r} has no viz:color")


def check_graphml(path, expect):
    graph = nx.read_graphml(path)
    check("directed", graph.is_directed(), True)
    check_graph(graph, expect)
    # Every <data> refers to a <key> declared for its domain.
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    root = ET.parse(path).getroot()
    keys = {(k.get("id"), k.get("for")) for k in root.iter(ns + "key")}
    for domain in ("graph", "node", "edge"):
        for element in root.iter(ns + domain):
            for data in element.findall(ns + "data"):
                if (data.get("key"), domain) not in keys:
                    problems.append(f"<data key={data.get('key')!r}> of a {domain} has no <key>")
    for key, value in expect.get("graph", {}).items():
        check(f"graph {key}", graph.graph.get(key), value)


def check_csv(path, expect):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    check("header", rows[0], expect["header"])
    check("rows", len(rows) - 1, expect["rows"])
    for row in rows[1:]:
        check("cells in a row", len(row), len(rows[0]))
    for index, column, value in expect.get("cells", []):
        if index + 1 < len(rows):
            check(f"row {index} {column}", rows[index + 1][rows[0].index(column)], value)
        else:
            problems.append(f"row {index} missing")


def main():
    mode, path, expectations = sys.argv[1:4]
    with open(expectations, encoding="utf-8") as f:
        expect = json.load(f)
    {"gexf": check_gexf, "graphml": check_graphml, "csv": check_csv}[mode](path, expect)
    for problem in problems:
        print(problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
