" Vim syntax file
" Language:	plinth treatment protocols (*.plinth; see plinth-protocol(5))
" Maintainer:	the plinth project
"
" The keywords are those of grammar/lexer.l, each in one group below;
" tests/editors/run checks that the two lists stay equal.

if exists("b:current_syntax")
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" Declarations, the record's types, a step's clauses, the words of
" conditions, and the two truth values.
syn keyword plinthDeclaration	protocol version reference record check stage step
syn keyword plinthType		text int number bool one set of
syn keyword plinthModifier	id required
syn keyword plinthClause	only if requires contraindicated caution after technique note cite
syn keyword plinthWordOperator	and or not is missing known empty in count
syn keyword plinthBoolean	true false

" A name in backticks may be a keyword or hold any character but ` and
" a newline: `done`, `sitting hours`.
syn match plinthQuotedName	"`[^`]\+`"

syn match plinthNumber		"\<\d\+\%(\.\d\+\)\="
syn match plinthOperator	"==\|!=\|<=\|>=\|[<>=+*/-]"
syn match plinthOperator	"\.\."

" Strings end on the line they start; the escapes are \" \\ \n \t.
syn region plinthString		start=+"+ skip=+\\.+ end=+"+ end=+$+ oneline contains=plinthEscapeError,plinthEscape,@Spell
syn match plinthEscapeError	+\\.+ contained
syn match plinthEscape		+\\[\\"nt]+ contained

syn keyword plinthTodo		TODO FIXME XXX NOTE contained
syn match plinthComment		"#.*$" contains=plinthTodo,@Spell

syn sync minlines=50

hi def link plinthDeclaration	Structure
hi def link plinthType		Type
hi def link plinthModifier	StorageClass
hi def link plinthClause	Statement
hi def link plinthWordOperator	Operator
hi def link plinthOperator	Operator
hi def link plinthBoolean	Boolean
hi def link plinthNumber	Number
hi def link plinthString	String
hi def link plinthEscape	SpecialChar
hi def link plinthEscapeError	Error
hi def link plinthQuotedName	Identifier
hi def link plinthComment	Comment
hi def link plinthTodo		Todo

let b:current_syntax = "plinth"

let &cpo = s:cpo_save
unlet s:cpo_save
