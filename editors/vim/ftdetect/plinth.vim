" *.plinth files are plinth protocols.
autocmd BufRead,BufNewFile *.plinth setfiletype plinth
