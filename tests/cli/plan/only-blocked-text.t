# plinth plan: --only blocked, text output
$ plinth plan -p protocols/iliopsoas.plinth examples/clients.yaml --only blocked
== stdout
C-0042 (record 1, examples/clients.yaml:8)
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      contraindicated: signs of nerve involvement [massey2013]
      unmet: posture has not improved yet
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked

C-0107 (record 2, examples/clients.yaml:20)

C-0213 (record 3, examples/clients.yaml:35)
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      contraindicated: herniated disc [dye2014]
      contraindicated: unstable lumbar spine [dye2014]
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked

C-0250 (record 4, examples/clients.yaml:48)
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      unassessed: nerve_signs missing (contraindicated if nerve_involvement) [massey2013]
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked

C-0311 (record 5, examples/clients.yaml:61)
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      unassessed: posture.improved missing (requires posture.improved)
    pelvic_tilts: Pelvic tilts
      unassessed: posture.pelvic_tilt, posture.lumbar_lordosis missing (only if postural_pattern)
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked

C-0388 (record 6, examples/clients.yaml:71)

C-0099 (record 7, examples/clients.yaml:85)
  error: examples/clients.yaml:95:7: pain: 14 is outside 0..10

C-0455 (record 8, examples/clients.yaml:96)
  blocked:
    iliopsoas_release: Gentle, progressive iliopsoas release
      contraindicated: signs of nerve involvement [massey2013]
      contraindicated: herniated disc [dye2014]
      unmet: posture has not improved yet
    hip_flexor_stretch: Hip flexor stretches
      dependency: after iliopsoas_release, which is blocked
== status 1
