/* The protocol grammar.  Every action is one call to a constructor in
 * compiler/ast.c or compiler/parse.c; all checking happens later. */
%define api.pure full
%define api.prefix {pl_}
%define parse.error custom
%define parse.lac full
%locations
%expect 0

%code requires {
#include "compiler/parse.h"
#include "compiler/syntax.h"
#define PL_LTYPE struct loc
typedef void *yyscan_t;
}

%code provides {
/* flex's bison bridge speaks of YYSTYPE and YYLTYPE. */
#define YYSTYPE PL_STYPE
#define YYLTYPE PL_LTYPE
}

%code {
int pl_lex(PL_STYPE *lval, PL_LTYPE *lloc, yyscan_t scanner);
static void pl_error(PL_LTYPE *loc, yyscan_t scanner, struct parse_ctx *ctx, const char *msg);
#define A (ctx->arena)
}

%param {yyscan_t scanner}
%parse-param {struct parse_ctx *ctx}

%initial-action {
	@$.first_line = @$.last_line = 1;
	@$.first_column = @$.last_column = 1;
}

%union {
	const char *str;
	double num;
	int mods;
	struct path *path;
	struct member_list *members;
	struct type type;
	struct field *field;
	struct node *node;
	struct clause *clause;
	struct step *step;
	struct vec *vec;
}

%token PROTOCOL "protocol" VERSION "version" REFERENCE "reference"
%token RECORD "record" TEXT "text" INT "int" NUMBER_KW "number" BOOL "bool"
%token ONE "one" SET "set" OF "of" IN "in" ID "id" REQUIRED "required"
%token CHECK "check" STAGE "stage" STEP "step" ONLY "only" IF "if"
%token REQUIRES "requires" CONTRAINDICATED "contraindicated" CAUTION "caution"
%token AFTER "after" TECHNIQUE "technique" NOTE "note" CITE "cite"
%token AND "and" OR "or" NOT "not" IS "is" MISSING "missing" KNOWN "known"
%token EMPTY "empty" TRUE "true" FALSE "false" COUNT "count"
%token EQ "==" NE "!=" LE "<=" GE ">=" LT "<" GT ">" DOTDOT ".."
%token <str> NAME "name" STRING "string"
%token <num> NUMBER "number literal"

%type <str> name opt_string
%type <num> signed_number
%type <mods> modifiers
%type <path> path
%type <members> members
%type <type> type
%type <field> field
%type <node> expr set_expr set_items set_item
%type <clause> clause names_clause after_names cite_names
%type <step> step
%type <vec> stage_body step_body

%left OR
%left AND
%precedence PREFIX_NOT
%nonassoc EQ NE LT LE GT GE IN NOT  /* NOT here is the infix 'not in' */
%left '+' '-'
%left '*' '/'

%%

protocol
	: "protocol" name STRING '{'  { proto_begin(ctx, $2, $3, @1); }
	  version references record checks stages '}'
	                              { proto_span(ctx, &ctx->proto->span, @$); }
	;

version
	: %empty
	| "version" STRING            { proto_version(ctx, $2, @$); }
	;

references
	: %empty
	| references "reference" name STRING
	                              { proto_add(ctx, &ctx->proto->refs, ast_reference(A, $3, $4, @3, loc_join(@2, @4))); }
	;

record
	: "record" '{' fields '}'     { proto_span(ctx, &ctx->proto->record_span, @$); }
	| "record" '{' error '}'
	;

fields
	: %empty
	| fields field                { proto_add(ctx, &ctx->proto->fields, $2); }
	;

field
	: path ':' type modifiers     { $$ = ast_field(A, $1, $3, $4, @$); }
	;

type
	: "bool"                      { $$ = ast_type(TY_BOOL, NULL); }
	| "text"                      { $$ = ast_type(TY_TEXT, NULL); }
	| "int"                       { $$ = ast_type(TY_INT, NULL); }
	| "int" "in" signed_number ".." signed_number
	                              { $$ = ast_type_range(TY_INT, $3, $5, @3); }
	| "number"                    { $$ = ast_type(TY_NUMBER, NULL); }
	| "number" "in" signed_number ".." signed_number
	                              { $$ = ast_type_range(TY_NUMBER, $3, $5, @3); }
	| "one" "of" '{' members '}'  { $$ = ast_type(TY_ENUM, $4); }
	| "set" "of" '{' members '}'  { $$ = ast_type(TY_SET, $4); }
	;

members
	: name                        { $$ = ast_members(A, NULL, $1, @1); }
	| members ',' name            { $$ = ast_members(A, $1, $3, @3); }
	;

modifiers
	: %empty                      { $$ = 0; }
	| modifiers "required"        { $$ = mods_add(ctx, $1, MOD_REQUIRED, @2); }
	| modifiers "id"              { $$ = mods_add(ctx, $1, MOD_ID, @2); }
	;

checks
	: %empty
	| checks "check" name opt_string '=' expr
	                              { proto_add(ctx, &ctx->proto->checks, ast_check(A, $3, $4, $6, @3, loc_join(@2, @6))); }
	| checks "check" error
	;

stages
	: %empty
	| stages "stage" name STRING '{' stage_body '}'
	                              { proto_add(ctx, &ctx->proto->stages, ast_stage(A, $3, $4, $6, @3, loc_join(@2, @7))); }
	| stages "stage" error '}'
	;

stage_body
	: %empty                      { $$ = NULL; }
	| stage_body clause           { $$ = ast_body(A, $1, $2, NULL); }
	| stage_body step             { $$ = ast_body(A, $1, NULL, $2); }
	;

step
	: "step" name STRING          { $$ = ast_step(A, $2, $3, NULL, false, @2, @$); }
	| "step" name STRING '{' step_body '}'
	                              { $$ = ast_step(A, $2, $3, $5, true, @2, @$); }
	| "step" error '}'            { $$ = NULL; }
	;

step_body
	: %empty                      { $$ = NULL; }
	| step_body clause            { $$ = ast_append(A, $1, $2); }
	;

clause
	: "only" "if" expr            { $$ = ast_clause(A, CL_ONLY_IF, $3, NULL, @$); }
	| "requires" expr opt_string  { $$ = ast_clause(A, CL_REQUIRES, $2, $3, @$); }
	| "contraindicated" "if" expr STRING cite_names
	                              { $$ = ast_clause_span($5, $3, $4, @$); }
	| "caution" "if" expr STRING  { $$ = ast_clause(A, CL_CAUTION_IF, $3, $4, @$); }
	| "after" after_names         { $$ = ast_clause_span($2, NULL, NULL, @$); }
	| "technique" STRING          { $$ = ast_clause(A, CL_TECHNIQUE, NULL, $2, @$); }
	| "note" STRING               { $$ = ast_clause(A, CL_NOTE, NULL, $2, @$); }
	;

after_names
	: name                        { $$ = ast_clause_names(A, ast_clause(A, CL_AFTER, NULL, NULL, @1), $1, @1); }
	| after_names ',' name        { $$ = ast_clause_names(A, $1, $3, @3); }
	;

cite_names
	: %empty                      { $$ = ast_clause(A, CL_CONTRAINDICATED_IF, NULL, NULL, @$); }
	| "cite" names_clause         { $$ = $2; }
	;

names_clause
	: name                        { $$ = ast_clause_names(A, ast_clause(A, CL_CONTRAINDICATED_IF, NULL, NULL, @1), $1, @1); }
	| names_clause ',' name       { $$ = ast_clause_names(A, $1, $3, @3); }
	;

expr
	: expr "or" expr              { $$ = ast_binary(A, N_OR, $1, $3, @$); }
	| expr "and" expr             { $$ = ast_binary(A, N_AND, $1, $3, @$); }
	| "not" expr %prec PREFIX_NOT { $$ = ast_unary(A, N_NOT, $2, @$); }
	| expr "==" expr              { $$ = ast_cmp(A, C_EQ, $1, $3, @$); }
	| expr "!=" expr              { $$ = ast_cmp(A, C_NE, $1, $3, @$); }
	| expr "<" expr               { $$ = ast_cmp(A, C_LT, $1, $3, @$); }
	| expr "<=" expr              { $$ = ast_cmp(A, C_LE, $1, $3, @$); }
	| expr ">" expr               { $$ = ast_cmp(A, C_GT, $1, $3, @$); }
	| expr ">=" expr              { $$ = ast_cmp(A, C_GE, $1, $3, @$); }
	| expr "in" set_expr          { $$ = ast_in(A, $1, $3, false, @$); }
	| expr "not" "in" set_expr %prec IN
	                              { $$ = ast_in(A, $1, $4, true, @$); }
	| expr '+' expr               { $$ = ast_arith(A, A_ADD, $1, $3, @$); }
	| expr '-' expr               { $$ = ast_arith(A, A_SUB, $1, $3, @$); }
	| expr '*' expr               { $$ = ast_arith(A, A_MUL, $1, $3, @$); }
	| expr '/' expr               { $$ = ast_arith(A, A_DIV, $1, $3, @$); }
	| '(' expr ')'                { $$ = $2; }
	| path "is" "missing"         { $$ = ast_pathnode(A, N_MISSING, $1, false, @$); }
	| path "is" "not" "missing"   { $$ = ast_pathnode(A, N_MISSING, $1, true, @$); }
	| path "is" "known"           { $$ = ast_pathnode(A, N_KNOWN, $1, false, @$); }
	| path "is" "not" "known"     { $$ = ast_pathnode(A, N_KNOWN, $1, true, @$); }
	| path "is" "empty"           { $$ = ast_pathnode(A, N_EMPTY, $1, false, @$); }
	| path "is" "not" "empty"     { $$ = ast_pathnode(A, N_EMPTY, $1, true, @$); }
	| path                        { $$ = ast_pathnode(A, V_PATH, $1, false, @$); }
	| "count" '(' path ')'        { $$ = ast_pathnode(A, V_COUNT, $3, false, @$); }
	| signed_number               { $$ = ast_num(A, $1, @$); }
	| STRING                      { $$ = ast_str(A, $1, @$); }
	| "true"                      { $$ = ast_leaf(A, N_TRUE, @$); }
	| "false"                     { $$ = ast_leaf(A, N_FALSE, @$); }
	;

set_expr
	: '{' set_items '}'           { $$ = $2; $$->loc = @$; }
	| signed_number ".." signed_number
	                              { $$ = ast_range(A, $1, $3, @$); }
	| path                        { $$ = ast_pathnode(A, S_PATH, $1, false, @$); }
	;

set_items
	: set_item                    { $$ = ast_list(A, NULL, $1, @1); }
	| set_items ',' set_item      { $$ = ast_list(A, $1, $3, @3); }
	;

set_item
	: name                        { $$ = ast_pathnode(A, V_PATH, ast_path(A, $1, @1), false, @1); }
	| STRING                      { $$ = ast_str(A, $1, @1); }
	| signed_number               { $$ = ast_num(A, $1, @1); }
	;

signed_number
	: NUMBER                      { $$ = $1; }
	| '-' NUMBER                  { $$ = number_negate($2); }
	;

path
	: name                        { $$ = ast_path(A, $1, @1); }
	| path '.' name               { $$ = ast_path_add(A, $1, $3, @3); }
	;

name
	: NAME                        { $$ = $1; }
	;

opt_string
	: %empty                      { $$ = NULL; }
	| STRING                      { $$ = $1; }
	;

%%

/* Only called for running out of parser stack: syntax errors go
 * through yyreport_syntax_error. */
static void pl_error(PL_LTYPE *loc, yyscan_t scanner, struct parse_ctx *ctx, const char *msg)
{
	(void)scanner;
	ctx->syntax_errors++;
	diag_error(ctx->diags, *loc, DIAG_SYNTAX, "%s: the protocol nests too deeply", msg);
}

static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner, struct parse_ctx *ctx)
{
	(void)scanner;
	yysymbol_kind_t kinds[64];
	const char *names[64];
	int n = yypcontext_expected_tokens(yyctx, kinds, 64);
	for (int i = 0; i < n; i++)
		names[i] = yysymbol_name(kinds[i]);
	yysymbol_kind_t got = yypcontext_token(yyctx);
	syntax_error(ctx, *yypcontext_location(yyctx), got == YYSYMBOL_YYEOF ? NULL : yysymbol_name(got),
	             names, n < 0 ? 0 : n);
	return 0;
}
