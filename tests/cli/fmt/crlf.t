# plinth fmt: CRLF
$ printf 'protocol p "CRLF" {\r\n  record { x: bool } # trailing\r\n\r\n\r\n  # own line\r\n}\r\n' >crlf.plinth
> plinth fmt crlf.plinth | od -c
> plinth fmt --check crlf.plinth
== stdout
0000000   p   r   o   t   o   c   o   l       p       "   C   R   L   F
0000020   "       {  \\n           r   e   c   o   r   d       {  \\n\x20\x20\x20\x20 (esc)
0000040               x   :       b   o   o   l  \n           }       #
0000060       t   r   a   i   l   i   n   g  \n  \n           #       o
0000100   w   n       l   i   n   e  \n   }  \n
0000112
crlf.plinth
== status 1
