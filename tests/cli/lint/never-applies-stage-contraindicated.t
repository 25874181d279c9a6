# plinth check, lint: never applies stage contraindicated
== p.plinth
# On a stage, the clause applies to every step: none can be planned.
protocol demo "Demo" {
  reference dye2014 "Dye et al. (2014)."
  record {
    posture.tilt: one of {neutral, anterior, posterior}
  }
  stage assess "Assess" {
    step look "Look at posture" { only if posture.tilt == anterior }
  }
  stage treat "Treat" {
    contraindicated if posture.tilt != neutral or posture.tilt != anterior "tilted" cite dye2014
    step release "Release"
    step stretch "Stretch"
  }
}
$ plinth check p.plinth
== stderr
p.plinth:11:24: warning: 'contraindicated if posture.tilt != neutral or posture.tilt != anterior' always holds: no step of stage 'treat' can be planned
    contraindicated if posture.tilt != neutral or posture.tilt != anterior "tilted" cite dye2014
                       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
p.plinth: 0 errors, 1 warning
