# plinth plan: example, text output
$ plinth plan -p protocols/iliopsoas.plinth examples/clients.yaml
== stdout
C-0042 (record 1, examples/clients.yaml:8)
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

C-0107 (record 2, examples/clients.yaml:20)
  plan:
    1. iliopsoas_release: Gentle, progressive iliopsoas release
       technique: myofascial release, trigger point or neuromuscular work; slow and gradual
       caution: work within the client's comfort and watch their response
    2. pelvic_tilts: Pelvic tilts
    3. glute_bridges: Glute bridges
    4. hip_flexor_stretch: Hip flexor stretches
    5. sitting_breaks: Plan regular breaks from sitting
  done: posture_assessment, release_rectus_femoris
  skipped: release_quadratus_lumborum, release_gluteus_medius

C-0213 (record 3, examples/clients.yaml:35)
  plan:
    1. posture_assessment: Assess posture, gait and movement patterns
       note: look for anterior pelvic tilt, lumbar hyperlordosis and tight hip flexors
    2. glute_bridges: Glute bridges
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      contraindicated: herniated disc [dye2014]
      contraindicated: unstable lumbar spine [dye2014]
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked
  skipped: release_quadratus_lumborum, release_rectus_femoris, release_gluteus_medius, pelvic_tilts, sitting_breaks

C-0250 (record 4, examples/clients.yaml:48)
  plan:
    1. posture_assessment: Assess posture, gait and movement patterns
       note: look for anterior pelvic tilt, lumbar hyperlordosis and tight hip flexors
    2. release_quadratus_lumborum: Release quadratus lumborum
    3. release_gluteus_medius: Release gluteus medius
    4. glute_bridges: Glute bridges
    5. sitting_breaks: Plan regular breaks from sitting
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      unassessed: nerve_signs missing (contraindicated if nerve_involvement) [massey2013]
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked
  skipped: release_rectus_femoris, pelvic_tilts

C-0311 (record 5, examples/clients.yaml:61)
  plan:
    1. posture_assessment: Assess posture, gait and movement patterns
       note: look for anterior pelvic tilt, lumbar hyperlordosis and tight hip flexors
    2. glute_bridges: Glute bridges
    3. sitting_breaks: Plan regular breaks from sitting
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      unassessed: posture.improved missing (requires posture.improved)
    pelvic_tilts: Pelvic tilts
      unassessed: posture.pelvic_tilt, posture.lumbar_lordosis missing (only if postural_pattern)
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked
  skipped: release_quadratus_lumborum, release_rectus_femoris, release_gluteus_medius

C-0388 (record 6, examples/clients.yaml:71)
  plan:
    1. release_rectus_femoris: Release rectus femoris
    2. release_gluteus_medius: Release gluteus medius
    3. iliopsoas_release: Gentle, progressive iliopsoas release
       technique: myofascial release, trigger point or neuromuscular work; slow and gradual
       caution unassessed: pain missing (caution if pain >= 7)
    4. pelvic_tilts: Pelvic tilts
    5. glute_bridges: Glute bridges
    6. hip_flexor_stretch: Hip flexor stretches
  done: posture_assessment, release_quadratus_lumborum
  skipped: sitting_breaks

C-0099 (record 7, examples/clients.yaml:85)
  error: examples/clients.yaml:95:7: pain: 14 is outside 0..10

C-0455 (record 8, examples/clients.yaml:96)
  plan:
    1. release_rectus_femoris: Release rectus femoris
    2. pelvic_tilts: Pelvic tilts
    3. glute_bridges: Glute bridges
    4. sitting_breaks: Plan regular breaks from sitting
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      contraindicated: signs of nerve involvement [massey2013]
      contraindicated: herniated disc [dye2014]
      unmet: posture has not improved yet
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked
  done: posture_assessment
  skipped: release_quadratus_lumborum, release_gluteus_medius
== status 1
