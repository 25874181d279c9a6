# plinth plan: --only several statuses
$ plinth plan -p protocols/iliopsoas.plinth examples/clients.yaml -f tsv --only done,skipped
== stdout
record	id	seq	step	stage	status	reasons
1	C-0042		posture_assessment	assessment	done\t (esc)
1	C-0042		release_rectus_femoris	compensation	skipped\t (esc)
1	C-0042		release_gluteus_medius	compensation	skipped\t (esc)
2	C-0107		posture_assessment	assessment	done\t (esc)
2	C-0107		release_quadratus_lumborum	compensation	skipped\t (esc)
2	C-0107		release_rectus_femoris	compensation	done\t (esc)
2	C-0107		release_gluteus_medius	compensation	skipped\t (esc)
3	C-0213		release_quadratus_lumborum	compensation	skipped\t (esc)
3	C-0213		release_rectus_femoris	compensation	skipped\t (esc)
3	C-0213		release_gluteus_medius	compensation	skipped\t (esc)
3	C-0213		pelvic_tilts	stabilization	skipped\t (esc)
3	C-0213		sitting_breaks	stabilization	skipped\t (esc)
4	C-0250		release_rectus_femoris	compensation	skipped\t (esc)
4	C-0250		pelvic_tilts	stabilization	skipped\t (esc)
5	C-0311		release_quadratus_lumborum	compensation	skipped\t (esc)
5	C-0311		release_rectus_femoris	compensation	skipped\t (esc)
5	C-0311		release_gluteus_medius	compensation	skipped\t (esc)
6	C-0388		posture_assessment	assessment	done\t (esc)
6	C-0388		release_quadratus_lumborum	compensation	done\t (esc)
6	C-0388		sitting_breaks	stabilization	skipped\t (esc)
7	C-0099				error	examples/clients.yaml:95:7: pain: 14 is outside 0..10
8	C-0455		posture_assessment	assessment	done\t (esc)
8	C-0455		release_quadratus_lumborum	compensation	skipped\t (esc)
8	C-0455		release_gluteus_medius	compensation	skipped\t (esc)
== status 1
