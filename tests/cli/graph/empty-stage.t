# plinth graph: empty stage
== p.plinth
# An empty stage is a warning, not an error: it is drawn with a
# placeholder, and 'after' it still has somewhere to start.
protocol demo "Demo" {
  record {
    pain: int in 0..10
  }
  stage later "To be written" {
  }
  stage treat "Treat" {
    step release "Release" {
      after later
      only if pain < 5
    }
  }
}
$ plinth graph p.plinth
== stdout
digraph "demo" {
	graph [label="Demo\ndemo", labelloc=t, fontsize=18, fontname="Helvetica-Bold",
	       rankdir=TB, compound=true, nodesep=0.25, ranksep=0.35, remincross=false];
	node [shape=box, style="rounded,filled", fillcolor=white, color="#333333",
	      fontname="Helvetica", fontsize=12];
	edge [color="#555555"];
	subgraph "cluster_later" {
		graph [class="stage", style="rounded,filled", fillcolor="#f4f5f7", color="#aab1bb",
		       label=""];
		"`later` title" [class="stage-title", shape=plaintext, style="", height=0.3, fontname="Helvetica-Bold", fontsize=13, label="1. To be written (later)"];
		"`later` has no steps" [class="empty", shape=plaintext, style="", label="(no steps)"];
		"`later` title" -> "`later` has no steps" [style=invis];
	}
	subgraph "cluster_treat" {
		graph [class="stage", style="rounded,filled", fillcolor="#f4f5f7", color="#aab1bb",
		       label=""];
		"`treat` title" [class="stage-title", shape=plaintext, style="", height=0.3, fontname="Helvetica-Bold", fontsize=13, label="2. Treat (treat)"];
		"release" [class="step", label="Release\nrelease", group="release"];
		"`release` note 1" [class="note only-if", shape=note, style=filled, fontsize=10, fillcolor="#eef2f7", color="#8796a8", label="only if pain < 5\l", group="release"];
		"release" -> "`release` note 1" [class="note", style=dashed, arrowhead=none];
		"`treat` title" -> "release" [style=invis];
	}
	"`later` has no steps" -> "release" [class="after", penwidth=1.3, ltail="cluster_later"];
	"`later` has no steps" -> "`treat` title" [style=invis, minlen=2];
}
== stderr
p.plinth:7:9: warning: stage 'later' has no steps
  stage later "To be written" {
        ^~~~~
p.plinth: 0 errors, 1 warning
