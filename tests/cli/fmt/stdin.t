# plinth fmt: stdin
== messy.plinth < fixtures/messy.plinth
$ plinth fmt < messy.plinth
== stdout
# A protocol laid out badly on purpose.
protocol messy "Messy layout" {
  version "1"

  reference short              "S"
  reference a_much_longer_name "L"

  record {
    client:          text id required
    posture.tilt:    one of {neutral, anterior}
    pain:            int in 0..10
    `date-of-birth`: text # trailing a field
  }

  check sore "Is the client sore?"
    = pain >= 7 and (posture.tilt == anterior or pain is missing)
  check long_question "A question long enough to push the whole check past eighty columns"
    = pain > 3

  stage s "Stage" {
    step a "A"
    step b "B" {
      only if sore
      caution if pain > 8 "very sore" # trailing a caution
      # inside a condition
      contraindicated if posture.tilt == anterior and pain > 9 "too sore" cite short, a_much_longer_name
    }
  }

  # before the closing brace
}
