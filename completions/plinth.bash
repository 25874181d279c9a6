# bash completion for plinth(1).
#
# Completes the subcommands, each subcommand's options and their values
# (formats, the statuses of --only and the kinds of --fail-on, a comma
# list at a time, and 0 for -j, one thread per core), protocols
# (*.plinth) for check, fmt, graph and -p, records (*.yaml, *.yml) for
# plan and explain, and test files (*.test.yaml) for test.  Directories
# are always offered, to descend into.  Needs nothing but bash; with the
# bash-completion package it is found by name when installed as
#     /usr/share/bash-completion/completions/plinth
# or source it from ~/.bashrc:
#     . /path/to/plinth/completions/plinth.bash

# Words on which to complete: the candidates that start with $2, one a line.
_plinth_words()
{
	local w
	while IFS= read -r w; do
		COMPREPLY+=("$w")
	done < <(compgen -W "$1" -- "$2")
}

# Files matching the glob pattern $1 (e.g. '*.plinth') and directories.
_plinth_files()
{
	local f
	compopt -o filenames 2>/dev/null
	while IFS= read -r f; do
		COMPREPLY+=("$f")
	done < <(if [[ $1 == '*' ]]; then
		compgen -f -- "$2"
	else
		compgen -d -- "$2"
		compgen -f -X "!$1" -- "$2"
	fi)
}

# A comma-separated list: completes the last item of $2 from the words
# $1, keeping what comes before it and leaving out the items already there.
_plinth_list()
{
	local head= last=$2 w words=
	if [[ $last == *,* ]]; then
		head=${last%,*},
		last=${last##*,}
	fi
	for w in $1; do
		[[ ,$head == *,$w,* ]] || words+="$w "
	done
	local c
	while IFS= read -r c; do
		COMPREPLY+=("$head$c")
	done < <(compgen -W "$words" -- "$last")
	compopt -o nospace 2>/dev/null
}

# Completes the value of option $1 of subcommand $2, the value typed so
# far being $3.  Returns 1 when $1 takes no value.
_plinth_value()
{
	case $2:$1 in
	*:-p | *:--protocol) _plinth_files '*.plinth' "$3" ;;
	check:-f | check:--format) _plinth_words 'text json sarif' "$3" ;;
	plan:-f | plan:--format) _plinth_words 'text json tsv' "$3" ;;
	explain:-f | explain:--format) _plinth_words 'text json' "$3" ;;
	graph:-f | graph:--format) _plinth_words 'dot mermaid' "$3" ;;
	plan:--only) _plinth_list 'planned blocked skipped done' "$3" ;;
	plan:--fail-on) _plinth_list 'contraindicated unassessed unmet dependency blocked' "$3" ;;
	plan:-j | plan:--jobs) # 0: one thread per core
		_plinth_words "0 $(getconf _NPROCESSORS_ONLN 2>/dev/null)" "$3" ;;
	test:--junit) _plinth_files '*' "$3" ;;
	test:--run | test:--threshold) ;; # a pattern, a percentage: nothing to offer
	*) return 1 ;;
	esac
	return 0
}

_plinth()
{
	COMPREPLY=()
	local cur=${COMP_WORDS[COMP_CWORD]} prev= cmd= i
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

	if ((COMP_CWORD == 1)); then
		if [[ $cur == -* ]]; then
			_plinth_words '--help --version' "$cur"
		else
			_plinth_words 'check plan fmt graph explain test help' "$cur"
		fi
		return 0
	fi
	cmd=${COMP_WORDS[1]}

	# --opt=VALUE: bash splits it into --opt, =, VALUE (or --opt, = when
	# nothing is typed after the '=' yet).
	if [[ $cur == = ]]; then
		prev=${COMP_WORDS[COMP_CWORD - 1]}
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD >= 3)); then
		prev=${COMP_WORDS[COMP_CWORD - 2]}
	fi
	_plinth_value "$prev" "$cmd" "$cur" && return 0

	# After '--' every word is a file.
	local dashdash=
	for ((i = 2; i < COMP_CWORD; i++)); do
		[[ ${COMP_WORDS[i]} == -- ]] && dashdash=1
	done

	local opts files
	case $cmd in
	check)
		opts='--werror --format -f --quiet -q --help -h'
		files='*.plinth' ;;
	plan)
		opts='--protocol -p --format -f --explain --strict --only --fail-on --jobs -j --quiet -q --help -h'
		files='*.@(yaml|yml)' ;;
	explain)
		opts='--protocol -p --format -f --strict --quiet -q --help -h'
		files='*.@(yaml|yml)' ;;
	fmt)
		opts='--write -w --check --diff --quiet -q --help -h'
		files='*.plinth' ;;
	graph)
		opts='--format -f --quiet -q --help -h'
		files='*.plinth' ;;
	test)
		opts='--verbose -v --run --junit --coverage --threshold --quiet -q --help -h'
		files='*.test.yaml' ;;
	*)
		return 0 ;;
	esac
	if [[ $cur == -* && -z $dashdash ]]; then
		_plinth_words "$opts" "$cur"
		# --format, --only...: complete the value after an '=' at once
		compopt -o nospace 2>/dev/null
		local k
		for k in "${!COMPREPLY[@]}"; do
			case ${COMPREPLY[k]} in
			--protocol | --format | --only | --fail-on | --jobs | --run | --junit | --threshold)
				COMPREPLY[k]+='=' ;;
			*)
				COMPREPLY[k]+=' ' ;;
			esac
		done
	else
		local extglob_was_off=
		shopt -q extglob || { extglob_was_off=1; shopt -s extglob; }
		_plinth_files "$files" "$cur"
		[[ $extglob_was_off ]] && shopt -u extglob
	fi
	return 0
}

complete -F _plinth plinth
