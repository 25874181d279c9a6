# plinth explain: worked example
== r.yaml < fixtures/worked-example.yaml
$ plinth explain -p protocols/iliopsoas.plinth r.yaml
== stdout
C-0042 (record 1, r.yaml:1)
  plan:
    1. release_quadratus_lumborum: Release quadratus lumborum
    2. pelvic_tilts: Pelvic tilts
    3. glute_bridges: Glute bridges
    4. sitting_breaks: Plan regular breaks from sitting
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      contraindicated: signs of nerve involvement [massey2013]
      unmet: posture has not improved yet
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked
  done: posture_assessment
  skipped: release_rectus_femoris, release_gluteus_medius
  explain:
    checks:
      prolonged_sitting = true
        question: Does the client sit for long periods each day?
        condition: history.sitting_hours_per_day >= 6
        history.sitting_hours_per_day = 9 (r.yaml:3:26)
      postural_pattern = true
        question: Is there an anterior pelvic tilt or lumbar hyperlordosis?
        condition: posture.pelvic_tilt == anterior or posture.lumbar_lordosis == hyper
        posture.pelvic_tilt = anterior (r.yaml:5:16)
        posture.lumbar_lordosis = hyper (r.yaml:6:20)
      nerve_involvement = true
        question: Are there signs of nerve involvement or referred pain?
        condition: nerve_signs is not empty
        nerve_signs = [tingling] (r.yaml:9:14)
    steps:
      posture_assessment: done
      release_quadratus_lumborum: planned
        only if quadratus_lumborum in overactive = true
          overactive = [quadratus_lumborum] (r.yaml:8:13)
      release_rectus_femoris: skipped
        only if rectus_femoris in overactive = false
          overactive = [quadratus_lumborum] (r.yaml:8:13)
      release_gluteus_medius: skipped
        only if gluteus_medius in overactive = false
          overactive = [quadratus_lumborum] (r.yaml:8:13)
      iliopsoas_release: blocked
        requires posture.improved = false
          posture.improved = false (r.yaml:7:13)
        contraindicated if nerve_involvement = true
          nerve_signs = [tingling] (r.yaml:9:14)
        contraindicated if herniated_disc in conditions = false
          conditions = [] (r.yaml:10:13)
        contraindicated if lumbar_instability in conditions = false
          conditions = [] (r.yaml:10:13)
        caution if pain >= 7 = false
          pain = 4 (r.yaml:11:7)
      pelvic_tilts: planned
        only if postural_pattern = true
          posture.pelvic_tilt = anterior (r.yaml:5:16)
          posture.lumbar_lordosis = hyper (r.yaml:6:20)
      glute_bridges: planned
      hip_flexor_stretch: blocked
      sitting_breaks: planned
        only if prolonged_sitting = true
          history.sitting_hours_per_day = 9 (r.yaml:3:26)
