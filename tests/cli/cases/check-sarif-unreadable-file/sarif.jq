# Checks a SARIF 2.1.0 log from plinth check; prints each answer.
"version is 2.1.0: \(.version == "2.1.0")",
"$schema: \(."$schema")",
"one run: \(.runs | length == 1)",
(.runs[0] as $run | $run.tool.driver.rules as $rules |
 "driver: \($run.tool.driver.name), version is a string: \($run.tool.driver.version | type == "string")",
 "rule ids unique: \(($rules | map(.id) | unique | length) == ($rules | length))",
 "every rule has a description and a default level: \(all($rules[]; (.shortDescription.text | type) == "string" and (.defaultConfiguration.level | IN("error", "warning"))))",
 "results: \($run.results | length)",
 "every result has message.text: \(all($run.results[]; .message.text | type == "string"))",
 "ruleId is rules[ruleIndex].id: \(all($run.results[]; .ruleIndex >= 0 and .ruleId == $rules[.ruleIndex].id))",
 "level is error or warning: \(all($run.results[]; .level | IN("error", "warning")))",
 "one location each, with a uri: \(all($run.results[]; (.locations | length) == 1 and (.locations[0].physicalLocation.artifactLocation.uri | type) == "string"))",
 "regions start at 1 or later and are not empty: \(all($run.results[]; .locations[0].physicalLocation.region | .startLine >= 1 and .startColumn >= 1 and (.endLine > .startLine or (.endLine == .startLine and .endColumn > .startColumn))))",
 ($run.results[] | .locations[0].physicalLocation as $l |
  [.ruleId, .level, $l.artifactLocation.uri, $l.region.startLine, $l.region.startColumn, $l.region.endLine, $l.region.endColumn, .message.text] | @json))
