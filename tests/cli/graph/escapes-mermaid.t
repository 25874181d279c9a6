# plinth graph: escapes mermaid
== p.plinth < fixtures/graph-escapes.plinth
$ plinth graph -f mermaid p.plinth
== stdout
flowchart TB
    %% An "odd" one \ here (odd "one")
    classDef only_if fill:#eef2f7,stroke:#8796a8,color:#222
    classDef requires fill:#fff5d6,stroke:#c9a227,color:#222
    classDef contraindicated fill:#fde3df,stroke:#c0392b,color:#222
    classDef caution fill:#fff0e0,stroke:#d9822b,color:#222
    classDef checks fill:#f7f7f7,stroke:#999999,color:#222
    subgraph stage1 ["1. The #quot;first#quot; stage (first stage)"]
        step1("Title with a \ and<br/>a newline<br/>a #quot;quoted#quot; step")
        step2("Ends in \<br/>ends\")
        step2_note1["contraindicated if #96;pain-level#96; #gt; 8<br/>too #lt;much#gt; #amp; #35;1<br/>[ref #quot;a#quot;] Smith #quot;et al.#quot; (2020). C:\papers\one.<br/>[ref_b] Jones (2019)."]:::contraindicated
        step2 -.- step2_note1
    end
    step1 --> step2
