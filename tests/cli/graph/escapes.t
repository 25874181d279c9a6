# plinth graph: escapes
== p.plinth < fixtures/graph-escapes.plinth
$ plinth graph p.plinth
== stdout
digraph "odd \"one\"" {
	graph [label="An \"odd\" one \\ here\nodd \"one\"", labelloc=t, fontsize=18, fontname="Helvetica-Bold",
	       rankdir=TB, compound=true, nodesep=0.25, ranksep=0.35, remincross=false];
	node [shape=box, style="rounded,filled", fillcolor=white, color="#333333",
	      fontname="Helvetica", fontsize=12];
	edge [color="#555555"];
	subgraph "cluster_first stage" {
		graph [class="stage", style="rounded,filled", fillcolor="#f4f5f7", color="#aab1bb",
		       label=""];
		"`first stage` title" [class="stage-title", shape=plaintext, style="", height=0.3, fontname="Helvetica-Bold", fontsize=13, label="1. The \"first\" stage (first stage)"];
		"a \"quoted\" step" [class="step", label="Title with a \\ and\na newline\na \"quoted\" step", group="a \"quoted\" step"];
		"ends\\" [class="step", label="Ends in \\\nends\\", group="ends\\"];
		"`ends\\` note 1" [class="note contraindicated", shape=note, style=filled, fontsize=10, fillcolor="#fde3df", color="#c0392b", label="contraindicated if `pain-level` > 8\ltoo <much> & #1\l[ref \"a\"] Smith \"et al.\" (2020). C:\\papers\\one.\l[ref_b] Jones (2019).\l", group="ends\\"];
		"ends\\" -> "`ends\\` note 1" [class="note", style=dashed, arrowhead=none];
		"`first stage` title" -> "a \"quoted\" step" [style=invis];
	}
	"a \"quoted\" step" -> "ends\\" [class="after", penwidth=1.3];
}
