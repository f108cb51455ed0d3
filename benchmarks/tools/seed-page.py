import html, sys
seed = open('/work/shared/seed/belarus-csto-statement.txt', encoding='utf-8').read()
paras = [p.strip() for p in seed.split('\n\n') if p.strip()]
# paras[0] title, [1] caption, [2] "Must read", [3] teaser, [4] debate title ..., last two: More articles, Latest article
title, caption, mustread, teaser = paras[0], paras[1], paras[2], paras[3]
body = paras[4:-2]
e = html.escape
menu = ["About the Mission", "Ambassador", "Staff", "Contacts", "Belarus and the UN", "General Assembly",
        "Security Council", "ECOSOC", "Human Rights Council", "Disarmament", "Sustainable Development",
        "Statements", "Press releases", "News", "Photo gallery", "Video", "Consular issues", "Visa",
        "Legalization", "Citizenship", "Economy and trade", "Investment", "Tourism", "Culture", "Education",
        "History", "Symbols", "Useful links"]
out = []
w = out.append
w('<!DOCTYPE html>')
w('<!-- A realistic mission web page around the undebate seed statement, made for the benchmarks:')
w('     the text of every <p> in <article> is ../shared/seed/belarus-csto-statement.txt (paragraph for')
w('     paragraph, HTML-escaped); the markup around it (head, scripts, styles, menus, side lists, footer,')
w('     cookie form) is written in the shape of a typical CMS page and is not a copy of any site. -->')
w('<html lang="en" class="no-js">')
w('<head>')
w('<meta charset="utf-8">')
w('<meta name="viewport" content="width=device-width, initial-scale=1">')
w(f'<title>{e(title)} | Permanent Mission of the Republic of Belarus to the United Nations</title>')
w(f'<meta name="description" content="{e(teaser[:150])}">')
w('<meta property="og:type" content="article">')
w(f'<meta property="og:title" content="{e(title)}">')
w('<meta property="og:image" content="/upload/medialibrary/rybakov-unsc.jpg">')
w('<link rel="canonical" href="/en/news/statement-permanent-representative-csto/">')
for css in ["core", "template", "menu", "news-detail", "gallery", "print"]:
    w(f'<link rel="stylesheet" href="/bitrix/css/{css}.css?{1640000000 + len(css)}" media="{"print" if css == "print" else "all"}">')
w('<style>')
for i in range(60):
    w(f'.blk-{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 123457) % 0xffffff:06x};font-size:{12 + i % 6}px}}'
      f' .blk-{i} a:hover{{text-decoration:underline;color:#0a3d7a}}')
w('</style>')
w('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"'
  + title.replace('"', '\\"') + '","datePublished":"2022-01-12T10:00:00+03:00","author":{"@type":"Organization","name":"Permanent Mission of Belarus"}}</script>')
w('<script>')
w('window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-XXXXXXX");')
for i in range(40):
    w(f'var m{i}=document.querySelectorAll(".menu-{i} > li");for(var k{i}=0;k{i}<m{i}.length;k{i}++){{m{i}[k{i}].addEventListener("mouseenter",function(){{this.classList.add("open")}});}}')
w('</script>')
w('<script src="/bitrix/js/main/core/core.js?164" defer></script>')
w('<script src="/local/templates/mission/js/app.min.js?165" defer></script>')
w('</head>')
w('<body class="page page-news-detail">')
w('<noscript><img height="1" width="1" style="display:none" src="/pixel.gif?noscript=1" alt=""></noscript>')
w('<div class="skip"><a href="#content">Skip to content</a></div>')
w('<header class="site-header">')
w('<div class="top-bar"><ul class="lang"><li><a href="/ru/">Русский</a></li><li><a href="/by/">Беларуская</a></li><li class="active"><a href="/en/">English</a></li></ul>')
w('<form class="search" action="/en/search/" method="get"><input type="text" name="q" placeholder="Search"><button type="submit">Search</button></form></div>')
w('<div class="logo"><a href="/en/"><img src="/local/templates/mission/img/emblem.svg" alt="Emblem"><span>Permanent Mission of the Republic of Belarus to the United Nations</span></a></div>')
w('<nav class="main-menu"><ul class="menu-0">')
for i, m in enumerate(menu):
    slug = m.lower().replace(' ', '-')
    w(f'<li class="item item-{i}"><a href="/en/{slug}/">{e(m)}</a><ul class="sub">')
    for j in range(4):
        w(f'<li><a href="/en/{slug}/section-{j}/">{e(m)}: section {j + 1}</a></li>')
    w('</ul></li>')
w('</ul></nav>')
w('</header>')
w('<div class="breadcrumbs"><a href="/en/">Home</a> / <a href="/en/news/">News</a> / <span>Statements</span></div>')
w('<div class="layout">')
w('<main id="content" class="content">')
w('<article class="news-detail">')
w(f'<h1>{e(title)}</h1>')
w('<div class="news-date"><time datetime="2022-01-12">12 January 2022</time></div>')
w(f'<figure class="news-image"><img src="/upload/medialibrary/rybakov-unsc.jpg" alt="Valentin Rybakov" width="800" height="533"><figcaption>{e(caption)}</figcaption></figure>')
w(f'<div class="badge">{e(mustread)}</div>')
w(f'<p class="lead">{e(teaser)}</p>')
w('<div class="news-text">')
for p in body:
    w(f'<p>{e(p)}</p>')
w('</div>')
w('<div class="share"><span>Share:</span><a href="#" class="fb">Facebook</a><a href="#" class="tw">X</a><a href="#" class="tg">Telegram</a><a href="#" class="vk">VK</a></div>')
w('</article>')
w('</main>')
w('<aside class="sidebar">')
for head in ["More articles", "Latest article"]:
    w(f'<section class="side-news"><h2>{e(head)}</h2><ul>')
    for i in range(8):
        w(f'<li><a href="/en/news/item-{head[0]}{i}/"><span class="date">{10 + i} January 2022</span>'
          f'<span class="title">Statement by the delegation of Belarus at the meeting of the Committee, item {i + 1}</span></a></li>')
    w('</ul></section>')
w('</aside>')
w('</div>')
w('<footer class="site-footer">')
w('<div class="address"><p>Permanent Mission of the Republic of Belarus to the United Nations</p><p>136 East 67th Street, New York, NY 10065</p><p>Tel.: +1 212 535 3420</p><p>E-mail: usa.un@mfa.gov.by</p></div>')
w('<ul class="social"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">YouTube</a></li><li><a href="#">Telegram</a></li></ul>')
w('<p class="copy">© 2022 Ministry of Foreign Affairs of the Republic of Belarus. All rights reserved.</p>')
w('</footer>')
w('<div class="cookie-banner"><form action="/en/cookies/" method="post"><p>This site uses cookies to improve your experience.</p><button type="submit" name="accept">Accept</button><button type="submit" name="decline">Decline</button></form></div>')
w('<script>document.documentElement.classList.remove("no-js");</script>')
w('</body>')
w('</html>')
sys.stdout.write('\n'.join(out) + '\n')
