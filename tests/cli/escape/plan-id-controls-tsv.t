# escaping what is printed: plan id controls, TSV output
== r.yaml < fixtures/id-controls.yaml
$ plinth plan -p protocols/iliopsoas.plinth -f tsv r.yaml
== stdout
record	id	seq	step	stage	status	reasons
1	A\\x01E\\x1b[31mF\\x07G\\x7fH\\u{85}I\\u{9b}JéK\\tL	1	posture_assessment	assessment	planned\t (esc)
1	A\\x01E\\x1b[31mF\\x07G\\x7fH\\u{85}I\\u{9b}JéK\\tL		release_quadratus_lumborum	compensation	skipped\t (esc)
1	A\\x01E\\x1b[31mF\\x07G\\x7fH\\u{85}I\\u{9b}JéK\\tL		release_rectus_femoris	compensation	skipped\t (esc)
1	A\\x01E\\x1b[31mF\\x07G\\x7fH\\u{85}I\\u{9b}JéK\\tL		release_gluteus_medius	compensation	skipped\t (esc)
1	A\\x01E\\x1b[31mF\\x07G\\x7fH\\u{85}I\\u{9b}JéK\\tL	2	iliopsoas_release	release	planned\t (esc)
1	A\\x01E\\x1b[31mF\\x07G\\x7fH\\u{85}I\\u{9b}JéK\\tL		pelvic_tilts	stabilization	skipped\t (esc)
1	A\\x01E\\x1b[31mF\\x07G\\x7fH\\u{85}I\\u{9b}JéK\\tL	3	glute_bridges	stabilization	planned\t (esc)
1	A\\x01E\\x1b[31mF\\x07G\\x7fH\\u{85}I\\u{9b}JéK\\tL	4	hip_flexor_stretch	stabilization	planned\t (esc)
1	A\\x01E\\x1b[31mF\\x07G\\x7fH\\u{85}I\\u{9b}JéK\\tL		sitting_breaks	stabilization	skipped\t (esc)
