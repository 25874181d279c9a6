# compiling large protocols: long misspelt name
# a field name 300,000 characters long, used with its last letter wrong:
# the suggestion compares the names only near their diagonal
$ awk 'BEGIN { for (y = "y"; length(y) < 299999; ) y = y y; y = substr(y, 1, 299999)
>              printf "protocol p \"P\" {\n  record {\n    %sa: bool\n  }\n", y
>              printf "  stage s \"S\" {\n    step a \"A\" { only if %sb }\n  }\n}\n", y }' > p.plinth
> timeout 60 plinth check p.plinth 2>err
> echo "status $?"
> # each line of the message, its start and end, and its length
> awk '{ print substr($0, 1, 50) " ... " substr($0, length($0) - 24) " (" length($0) " characters)" }' err
== stdout
status 1
p.plinth:6:26: error: no check or field 'yyyyyyyyy ... yyyyyyyyyyyyyyyyyyyyyya'? (600060 characters)
    step a "A" { only if yyyyyyyyyyyyyyyyyyyyyyyyy ... yyyyyyyyyyyyyyyyyyyyyyb } (300027 characters)
                         ^~~~~~~~~~~~~~~~~~~~~~~~~ ... ~~~~~~~~~~~~~~~~~~~~~~~~~ (300025 characters)
p.plinth: 1 error ... p.plinth: 1 error (17 characters)
