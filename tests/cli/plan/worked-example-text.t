# plinth plan: worked example, text output
== r.yaml < fixtures/worked-example.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f text r.yaml
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
