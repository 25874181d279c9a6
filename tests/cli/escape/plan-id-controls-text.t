# escaping what is printed: plan id controls, text output
== r.yaml < fixtures/id-controls.yaml
$ plinth plan -p protocols/iliopsoas.plinth r.yaml
== stdout
A\x01E\x1b[31mF\x07G\x7fH\u{85}I\u{9b}JéK\tL (record 1, r.yaml:5)
  plan:
    1. posture_assessment: Assess posture, gait and movement patterns
       note: look for anterior pelvic tilt, lumbar hyperlordosis and tight hip flexors
    2. iliopsoas_release: Gentle, progressive iliopsoas release
       technique: myofascial release, trigger point or neuromuscular work; slow and gradual
    3. glute_bridges: Glute bridges
    4. hip_flexor_stretch: Hip flexor stretches
  skipped: release_quadratus_lumborum, release_rectus_femoris, release_gluteus_medius, pelvic_tilts, sitting_breaks
