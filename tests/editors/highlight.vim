" Used by tests/editors/run: writes to $OUT the file type and syntax of
" the current buffer, then for each line the runs of one highlight
" group, as [TEXT]GROUP.
let s:out = [&filetype . ' ' . get(b:, 'current_syntax', '')]
for s:lnum in range(1, line('$'))
  let s:line = getline(s:lnum)
  let s:runs = []
  let s:col = 1
  while s:col <= len(s:line)
    let s:group = synIDattr(synID(s:lnum, s:col, 1), 'name')
    let s:start = s:col
    while s:col <= len(s:line) && synIDattr(synID(s:lnum, s:col, 1), 'name') ==# s:group
      let s:col += 1
    endwhile
    if s:group !=# ''
      call add(s:runs, "[" . s:line[s:start - 1 : s:col - 2] . "]" . s:group)
    endif
  endwhile
  call add(s:out, join(s:runs, '  '))
endfor
call writefile(s:out, $OUT)
