# plinth check, lint: never applies stage requires
== p.plinth
# On a stage, the clause applies to every step: none can be planned.
protocol demo "Demo" {
  record {
    posture.improved: bool
  }
  stage assess "Assess" {
    step look "Look at posture"
  }
  stage treat "Treat" {
    requires posture.improved and not posture.improved "posture has improved"
    step release "Release"
    step stretch "Stretch"
  }
}
$ plinth check p.plinth
== stderr
p.plinth:10:14: warning: 'requires posture.improved and not posture.improved' is never met: no step of stage 'treat' can be planned
    requires posture.improved and not posture.improved "posture has improved"
             ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning
