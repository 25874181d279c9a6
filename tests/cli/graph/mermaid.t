# plinth graph: mermaid
== p.plinth < fixtures/graph-demo.plinth
$ plinth graph --format mermaid p.plinth
== stdout
flowchart TB
    %% Demo (demo, version 1.0)
    classDef only_if fill:#eef2f7,stroke:#8796a8,color:#222
    classDef requires fill:#fff5d6,stroke:#c9a227,color:#222
    classDef contraindicated fill:#fde3df,stroke:#c0392b,color:#222
    classDef caution fill:#fff0e0,stroke:#d9822b,color:#222
    classDef checks fill:#f7f7f7,stroke:#999999,color:#222
    checks["Checks<br/>sore: Is the client in a lot of pain?<br/>  = pain #gt;= 7"]:::checks
    subgraph stage1 ["1. Assess (assess)"]
        step1("Look at posture<br/>look")
    end
    subgraph stage2 ["2. Treat (treat)"]
        stage2_note1["caution if sore<br/>go gently"]:::caution
        step2("Release<br/>release")
        step2_note1["requires improved<br/>posture has not improved"]:::requires
        step2 -.- step2_note1
        step2_note2["contraindicated if numbness in signs<br/>numbness<br/>[massey2013] Massey et al. (2013)."]:::contraindicated
        step2_note1 -.- step2_note2
        step3("Stretch<br/>stretch")
        step3_note1["only if pain #lt; 5"]:::only_if
        step3 -.- step3_note1
    end
    stage1 --> stage2
    step2 --> step3
