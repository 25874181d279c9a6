# plinth graph: DOT
== p.plinth < fixtures/graph-demo.plinth
$ plinth graph p.plinth
== stdout
digraph "demo" {
	graph [label="Demo\ndemo, version 1.0", labelloc=t, fontsize=18, fontname="Helvetica-Bold",
	       rankdir=TB, compound=true, nodesep=0.25, ranksep=0.35, remincross=false];
	node [shape=box, style="rounded,filled", fillcolor=white, color="#333333",
	      fontname="Helvetica", fontsize=12];
	edge [color="#555555"];
	subgraph "cluster_assess" {
		graph [class="stage", style="rounded,filled", fillcolor="#f4f5f7", color="#aab1bb",
		       label=""];
		"`assess` title" [class="stage-title", shape=plaintext, style="", height=0.3, fontname="Helvetica-Bold", fontsize=13, label="1. Assess (assess)"];
		"look" [class="step", label="Look at posture\nlook", group="look"];
		"`assess` title" -> "look" [style=invis];
	}
	subgraph "cluster_treat" {
		graph [class="stage", style="rounded,filled", fillcolor="#f4f5f7", color="#aab1bb",
		       label=""];
		"`treat` title" [class="stage-title", shape=plaintext, style="", height=0.3, fontname="Helvetica-Bold", fontsize=13, label="2. Treat (treat)"];
		"`treat` note 1" [class="note caution", shape=note, style=filled, fontsize=10, fillcolor="#fff0e0", color="#d9822b", label="caution if sore\lgo gently\l"];
		"`treat` title" -> "`treat` note 1" [class="note", style=dashed, arrowhead=none];
		"release" [class="step", label="Release\nrelease", group="release"];
		"`release` note 1" [class="note requires", shape=note, style=filled, fontsize=10, fillcolor="#fff5d6", color="#c9a227", label="requires improved\lposture has not improved\l", group="release"];
		"`release` note 2" [class="note contraindicated", shape=note, style=filled, fontsize=10, fillcolor="#fde3df", color="#c0392b", label="contraindicated if numbness in signs\lnumbness\l[massey2013] Massey et al. (2013).\l", group="release"];
		"release" -> "`release` note 1" [class="note", style=dashed, arrowhead=none];
		"`release` note 1" -> "`release` note 2" [class="note", style=dashed, arrowhead=none];
		"stretch" [class="step", label="Stretch\nstretch", group="stretch"];
		"`stretch` note 1" [class="note only-if", shape=note, style=filled, fontsize=10, fillcolor="#eef2f7", color="#8796a8", label="only if pain < 5\l", group="stretch"];
		"stretch" -> "`stretch` note 1" [class="note", style=dashed, arrowhead=none];
		"`treat` note 1" -> "release" [style=invis];
	}
	"`checks`" [class="checks", shape=note, style=filled, fontsize=10, fillcolor="#f7f7f7",
	             color="#999999", label="Checks\lsore: Is the client in a lot of pain?\l  = pain >= 7\l"];
	"`checks`" -> "`assess` title" [style=invis];
	"look" -> "`treat` title" [class="after", penwidth=1.3, ltail="cluster_assess", lhead="cluster_treat"];
	"release" -> "stretch" [class="after", penwidth=1.3];
	"look" -> "`treat` title" [style=invis, minlen=2];
}
