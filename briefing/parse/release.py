"""One release file's text -> title, date, publisher and its blocks of text."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from briefing.model import BODY, NOTES, SUMMARY, TITLE, Block, ParsedRelease
from briefing.parse.dates import (
    estimate_date,
    glued_byline_date,
    headline_date,
    is_date_line,
    is_site_clock,
    issued_on,
    parliamentary_record,
    posted_notice_date,
    signed_decision_date,
    split_closing_date,
    split_date_lines,
    split_dateline,
    split_glued_date,
    split_trailing_date,
    stated_date,
    today_in_text,
)
from briefing.parse.speakers import split_name_role
from briefing.parse.text import collapse_spaces, decode_markup, strip_controls

# Lines that belong to the web page around a release, not to the release.
_FURNITURE = re.compile(
    r"""^(?:
      # accessibility links, one or several run together ("Skip to main contentSkip to
      # navigation", "skip to content skip to search ... Listen Live skip to logon", with
      # a colon: "Skip to: Site Navigation"), a wiki's or forum's "Jump to content"
        (?:(?:[•·*-]\s*)?(?:(?:skip|jump)\ to:?\ (?:(?:the\ )?(?:main\ )?content|primary\ \w+|(?:site\ )?navigation
          |search|log\ ?[io]n|footer|(?:main\ )?menu)|listen\ live)\s*)+
      | mayor\ of\ london\ logo.*
      # a site's icon left as its alternative text: "Site icon Londra Gazete"
      | site\ icon\b.*
      | (?:metropolitan\ police|met\ police)(?:\ service)?\ logo.*
      | home
      | menu | (?:advanced\ )?search | share(?:\ this\ page)? | print(?:\ this\ page)? | back\ to\ top
      # a site builder's anchors for the page's ends: "top of page", "bottom of page"
      | (?:top|bottom)\ of\ page
      | press\ release\s*-?
      # a section's label with its separator left dangling: "News -", "Latest news |"
      | (?:latest\ )?news\s*[-–—|:]
      | created\ on | published(?:\ on)?:? | last\ updated:?
      # a date's label left empty: "Date published:", "Date signed:"
      | date\ (?:published|signed|updated|issued):?
      | posted\ by:.* | posted\ on:.*
      | now\ discussing | menu\ search | [·•]?\s*\d{1,2}[-\ ]min(?:ute)?s?\ read
      | london\ assembly | mayor\ of\ london | key\ information
      | need\ a\ document\ on\ this\ page\ in\ an\ accessible\ format\??
      | if\ you\ use\ assistive\ technology\b.*
      | it\ will\ also\ help\ us\ if\ you\ tell\ us\ which\ assistive\ technology\b.*
      # an image's file name left as its caption: "Screenshot 2020 05 13 at 14.17.01",
      # "Screen Shot 2019-03-12 at 10.15.32 AM", "IMG_2041.jpg"
      | screen\ ?shot[\s_-]+\d[\d\s._:-]*(?:at\s+[\d._:]+)?(?:\s*[ap]m)?(?:\.(?:jpe?g|png|gif|webp))?
      | [\w-]{1,60}\.(?:jpe?g|png|gif|webp)
      # a publishing system's placeholder for an embedded picture, left in the copy with
      # its alternative text: '%image(123, type="article-full", alt="...")', "[caption
      # id=...]...[/caption]", "{{image ...}}". Its caption is no one's words in the story
      | %image\(.*\) | \[caption\b.*\[/caption\] | \{\{\s*image\b.*\}\} | \[image:.*\]
      # an advertisement's slot left as a line: "Advertisement", "Story continues below"
      | advert(?:isement)? | (?:the\ )?(?:story|article)\ continues\ below(?:\ (?:this\ )?advert(?:isement)?)?
      # a search engine's box with its button's number left on ("Custom Search 1") and a
      # paywall's meter ("You are viewing 1 of your 1 free articles"): no figure, no title
      | custom\ search(?:\ \d+)? | you\ are\ viewing\ \d+\ of\ your\ \d+\ free\ articles?
      # a page's text-size control ("Font Size: A A A"), a site's copyright line ("@2022 -
      # All Right Reserved. Designed and Developed by ..."), a blog's byline slot left
      # glued to its author's name ("Writer's pictureJane Doe AM"), and a written
      # question's date of asking with its link ("(asked on 7th May 2017) - View Source")
      | font\ size:?(?:\ a)*
      | (?:[@©]|\(c\)|copyright)\s*(?:\d{4}\b)?.{0,80}\ball\ rights?\ reserved\b.*
      | (?:[•·*-]\s*)?writer['’]s\ picture.*
      | \(asked\ on\ [^()]{6,30}\)\s*[-–—]\s*view\ source
      # a page's age by its date ("(4 years, 1 month ago)"), a debate's links to its
      # record ("Read Full debate Read Hansard Text")
      | \(\d+\ \w+(?:,\ \d+\ \w+)?\ ago\)
      | (?:read\ (?:full\ debate|hansard\ text)\s*)+
      # a forum thread's count of its posts under its title: "(1 Post)", "(12 Posts)"
      | \(\d+\ posts?\)
      # a blog's links to the posts before and after, round its front page's: "« Older
      # post's title | Main | Newer post's title »"
      | «\ [^|«»]{1,200}\ \|\ main(?:\ \|\ [^|«»]{1,200}\ »)? | main\ \|\ [^|«»]{1,200}\ »
      # a link to another story left as a line, whose headline is not kept: "Read More"
      | read\ more:?
      # a share button's label left as a line: "• Tweet", "Share on Facebook", "Bookmark
      # and Share" (under the date line at a page's end)
      | bookmark\ and\ share
      | (?:[•·*-]\s*)?(?:tweet|share\ on\ (?:facebook|twitter|x|linkedin|whatsapp)
        |facebook|twitter|linkedin|whatsapp)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A parliamentary copy's note under a debate's heading of what it keeps of the debate.
_EXTRACTS_NOTE = re.compile(r"^\(limited text [-–—] ministerial extracts only\)$", re.IGNORECASE)
# Page furniture seen only above a release's headline: consent banners, a site's
# navigation run together ("FinancialGovernment SolutionsLegal..."), taglines with a
# phone number, rows of separators, breadcrumbs ("Home>Security>Policing>..."), a
# blog's byline row ("By <name> / Latest News / 0 Comments"), GOV.UK's or Parliament's
# document type ("News story", "Oral statement to Parliament", "Written Question"), a
# site's masthead ("GOV.UK", "London City Hall").
_HEADER_FURNITURE = re.compile(
    r"""^(?:
        news\ story | speech(?:es)? | (?:oral|written)\ statement\ to\ parliament
      # Parliament's sites' type of record over its heading: "Written Question"
      | written\ question
      # a section's name over its headline: "News", "Press Releases", "Latest news", a
      # section of press coverage "In the Media"
      | (?:latest\ )?news | (?:press|news|media)\ releases | newsroom | media\ centre
      | in\ the\ (?:media|news|press)
      # a news site's breadcrumb from its home page through its common sections to the
      # page's kind, printed as words: "Home News National Article", "Home News UK"
      | home(?:\ (?:news|uk|national|local|regional|world|politics|crime|opinion|article|story))+
      | breaking(?:\ news)?
      | gov\.uk | (?:london\ )?city\ hall
      # a link to the site's contact page over the headline: "Contact Us"
      | contact\ us
      # a link to the story before or after this one: "Next Story", "Previous article"
      | (?:next|previous)\ (?:story|article|post)
      # a news site's section label of two topics: "Crime & the Law", "Law & Order"
      | (?-i:[A-Z][a-z]+\ &\ (?:the\ )?[A-Z][a-z]+)
      # a newswire's tagline inviting releases: "Deliver Your News to the World"
      | (?:deliver|send|submit|distribute)\ (?:us\ )?your\ (?:news|press\ releases?|stories)\b.*
      # a site's line about itself: "TransportXtra features news, opinion and analysis
      # from the UK transport policy & planning;"
      | (?-i:[A-Z][\w.&'’-]*(?:\ [A-Z][\w.&'’-]*){0,3})\ (?:features|brings\ you|provides
        |offers|covers|delivers)\ (?:the\ latest\ )?news\b.*
      # a news app's banner over the paper it carries: "Get all your news in one place." /
      # "100’s of premium titles." / "One app." / "Start reading"
      | get\ all\ your\ news\ in\ one\ place\.? | \d+['’]?s\ of\ premium\ titles\.?
      | one\ app\.? | start\ reading
      | correspondence | policy\ paper | guidance
      # a listing's counter ("Showing 181-200 of 1669 results found"), a paywall's
      # notice over the page and its offer's button ("... Pro licence Learn More")
      | showing\ \d+\s*[-–]\s*\d+\ of\ \d+(?:\ results?)?(?:\ found)?
      | .*\bpaywall\b.* | .*\blearn\ more
      # a syndicated copy's line naming its source: "Source: United Kingdom London
      # Metropolitan Police" (read for the publisher)
      | source:\ .{3,80}
      # a site's weather widget: "Max 21°C | Min 16°C"
      | max\ -?\d+\s*°\s*[cf]?\s*[|/,]?\s*min\ -?\d+\s*°\s*[cf]?
      # a radio station's show on air over its page: "Jane Doe 10am - 1pm"
      | (?-i:[A-Z][\w'’-]+(?:\ [A-Z][\w'’-]+){0,3})\ \d{1,2}(?:[:.]\d\d)?\s*[ap]m\s*[-–—]\s*
        \d{1,2}(?:[:.]\d\d)?\s*[ap]m
      # GOV.UK's other document types over a page's heading: "Official Statistics",
      # "Research and analysis", "Transparency data"; a site's label for its old items:
      # "News Archive", "Press archive"
      | (?:accredited\ )?official\ statistics | (?:national|experimental)\ statistics
      | statistical\ data\ set | research\ and\ analysis | transparency\ data
      | independent\ report | impact\ assessment | corporate\ report
      | (?:open\ |closed\ )?consultation(?:\ outcome)? | statutory\ guidance
      | (?:news|press|media)\ archives?
      # a web archive's banner over the page it keeps, with the kept page's address:
      # "The Wayback Machine - https://web.archive.org/web/..."
      | the\ wayback\ machine\b.*
      | .*\b(?:cookies?|consent|javascript)\b.*
      # a site's warning about an old browser: "Your browser is no longer supported" / "For
      # the best possible experience using our website we recommend you upgrade ..."
      | your\ browser\ is\ (?:no\ longer|not)\ supported\b.*
      | for\ the\ best\ (?:possible\ )?experience\b.*\b(?:upgrade|browser)\b.*
      # a site's banner on its old stories, their age by the day it is read: "This story
      # is over 5 years old.", "This article is more than 7 months old"
      | this\ (?:story|article|post|page)\ is\ (?:over|more\ than)\ \d+\ (?:years?|months?)\ old\.?
      # an archive's notice over its old pages and where to go instead: "Warning: This
      # is archived material and may be out of date. ..." / "See the MOPC website for
      # further information."
      | (?:warning:\ )?this\ (?:is\ archived|page\ (?:is|has\ been)\ archived)\b.*
      | see\ the\ .{2,60}\ (?:website|site)\ for\ (?:further|more)\ information\.?
      # or its notice that the site is kept only as a record: "This website is no longer
      # maintained"
      | this\ (?:web)?site\ is\ no\ longer\ (?:being\ )?(?:maintained|updated)\b.*
      # a forum's site name over its thread's title: "Mumsnet forums"
      | (?-i:[A-Z]\w+)\ forums?
      # a site's notice of its own faults: "We are currently experiencing network
      # problems with the desktop version of ..."
      | we\ are\ (?:currently\ )?experiencing\ (?:[\w-]+\ ){0,2}(?:problems|issues|difficulties)\b.*
      # or its error page over the copy it kept: "Oops." / "Our website is temporarily
      # unavailable in your location." / "We are working hard to get it back online." /
      # "PRIVACY" (its footer's link)
      | (?:oops|whoops|sorry)[.!]*
      | (?:our|this)\ (?:web)?site\ is\ (?:temporarily\ |currently\ )?unavailable\b.*
      | we\ are\ working\ (?:hard\ )?to\ (?:get\ it\ back|restore)\b.*
      | privacy(?:\ policy|\ notice)?
      | .*\bcall\ us\ on\b.*
      # a press office's notice to the media over its page: "Call the 24hr Press Bureau
      # on ... Please do not publish links to this page"
      | .*\bcall\ (?:the\ |our\ )?(?:[\w-]+\ ){0,2}press\ (?:bureau|office|desk)\b.*
      | .*\bplease\ do\ not\ (?:publish|share|post)\ links?\b.*
      # a site's disclosure of its paid links over its pages: "Please note that articles
      # may contain affiliate links. As an Amazon Associate I earn from qualifying purchases."
      | .*\baffil\w*\ links?\b.* | as\ an\ amazon\ associate\b.*
      # its link to the notes, a label with nothing of the release above it yet
      | notes\ (?:to|for)\ editors?
      # a row of marks, a page-turn mark ("<<") among them, or a lone separator ("|"):
      # a line with no letter nor digit is never a headline
      | [\W_]+
      # a document part's label over a committee paper's heading, with a template's
      # placeholder left in it: "Appendix 1", "Annex B [Type text]"
      | (?:appendix|annexe?)\ (?:\d{1,2}|[a-z])(?:\ \[type\ text\])?
      # a committee page's label over its item's heading ("Agenda item", "Agenda item 5"),
      # and a transcript's filing line over it ("To be published as HC 560-i")
      | agenda\ item(?:\ \d{1,2}[a-z]?)? | to\ be\ published\ as\ hc\ \d+(?:-[ivx]+)?
      # the committee's name alone over its paper's heading: "Police and Crime Committee"
      # (with the meeting's date after it, a date line)
      | (?-i:(?:London\ Assembly\ )?(?:[A-Z][a-z]+\ (?:and\ |&\ )?){1,4}Committee)
      | (?:tags?|category|categories|archives?|filed\ under|posted\ in)\s*:.*
      | latest\ (?:news|stories|articles)\ (?:with|on|about|for|tagged)\b.*
      | latest\ (?:stories|articles|posts)
      # a ticker of the latest stories over the page, a label and items by their age
      # ("Latest" / "57m agoDrivers warned ..."), and an empty image slot ("No Images")
      | latest | \d{1,3}\ ?(?:m|mins?|h|hrs?)\ ?ago.* | no\ images?(?:\ available)?
      # the ticker's label with its topic ("Election Latest"), a masthead's award
      # tagline ("2024 newspaper of the year") and its link to write in ("@ Contact us")
      | (?-i:[A-Z][a-z]+\ Latest)
      | (?:(?:19|20)\d\d\ )?(?:(?:national|regional|local|digital)\ )?(?:newspaper|news\ ?paper
        |news\ (?:site|website|brand)|website|magazine)\ of\ the\ year
      | @\ ?contact\ us
      # Hansard's page over a debate's heading: the chamber, the volume and day, the
      # House, its sitting and its chair ("Commons Chamber", "Volume 531: debated on
      # Thursday 11 August 2011", "The House met at ...", "[Mr Speaker in the Chair]")
      | (?:commons|lords)\ chamber | volume\ \d+:\ debated\ on\ .* | house\ of\ (?:commons|lords)
      | the\ house\ met\ at\ .* | \[[^\[\]]{2,40}\ in\ the\ chair\]
      # a menu's items set apart by bars: "Home | About | News | Contact"
      | [^|.!?]{1,30}(?:\ \|\ [^|.!?]{1,30}){3,}
      | printable\ version\b.* | e-?mail\ this\ to\ a\ friend
      # a link back to the page's listing, led by its arrow ("← Back to Debates"), and a
      # report's contents heading over its summary: never the headline
      | [←⟵◄«‹]\ ?back\b.* | (?:table\ of\ )?contents
      | home\s*[>›»].* | (?:[^>›\n]{1,60}[>›]){2}.*
      | by\s.{2,60}?\s[/|]\s.* | .*\s[/|]\s*\d+\s+comments?
      # an image's alternative text and a menu's label: "Banner image for Andrew
      # Rosindell", "Site logo", "Main navigation"
      | (?:banner|header|hero|cover|featured|background|profile)\ (?:image|photo|picture)
        (?:\ (?:for|of)\ .{1,80})?
      | (?:site|page|header|footer|main)\ logo | logo
      # an organisation's logo by its alternative text: "Haringey Neighbourhood Watch logo"
      | (?-i:(?:[A-Z][\w'’&.-]*\ ){1,6}logo)
      # a site's search box by its label: "Search AI Powered", "Search this site"
      | search\ (?:(?:this|the|our)\ (?:web)?site | (?:[\w-]+\ )?powered)
      | (?:main|primary|secondary|site|top|mobile|utility|global)\ (?:navigation|menu|nav)
      | navigation | toggle\ navigation | open\ menu | close\ menu
      # a banner about the site itself: "is changing" (its name an image, "London.gov.uk
      # is changing"), "Try our beta site and let us know what you think", "BETA This is a
      # new service – your feedback will help us to improve it"
      | (?:(?:this|our|the)\ )?(?:(?:web)?site\ |[\w-]+(?:\.[\w-]+)+\ )?is\ changing
      | try\ (?:our|the)\ (?:new\ )?(?:beta\ )?(?:web)?site\b.*
      | beta\b.{0,80}\bfeedback\b.*
      # a site's plea for feedback: "Like this site? Help us to make it better."
      | (?:do\ you\ )?(?:like|enjoy(?:ing)?|love)\ (?:this|our)\ (?:web)?site\?.{0,80}
      # GOV.UK's banner on a page kept from an earlier government: "This blog post was
      # published under the 2015-2024 Conservative Administration"
      | this\ (?:[\w-]+\ ){0,2}was\ published\ under\ the\ \d{4}(?:\ to\ |\ ?[-–]\ ?)\d{4}
        \ .{3,80}\ (?:government|administration)
      # a decision's key information over its heading: "Reference code: PCD 1767", "Date
      # signed:", "Decision by: <name>, <post>", "Directorate: <the team's name>"
      | (?:reference\ (?:code|number|no\.?)|ref\.?\ no\.?|date\ signed|signed\ by
        |decision\ (?:by|maker|taken\ by)|directorate)\s*:.*
      # a site's offer of its push notifications over the headline: "Stay up to date
      # with notifications from The Daily Bugle", "Notifications can be managed in
      # browser preferences.", "Click 'OK' then 'Allow' to enable notifications", "...
      # we're happy to send you some reminders"
      | (?:stay|keep)\ up\ to\ date\ with\ (?:our\ )?notifications\b.*
      | notifications\ can\ be\ (?:managed|changed|turned\ off)\b.*
      | .*\b(?:enable|allow|turn\ on)\ (?:push\ |browser\ )?notifications\b.*
      | .*\bsend\ you\ (?:some\ )?(?:reminders|notifications|alerts)\b.*
      # a video player's consent banner or its error: "This video can not be played",
      # "Video unavailable", "This content is hosted by a third party. By showing the
      # external content you accept ...", "Allow and continue"
      | this\ video\ (?:can\ ?not|can['’]t|is\ (?:not\ available|unavailable))\b.*
      | video\ (?:unavailable|not\ available) | to\ play\ this\ video\b.*
      | this\ (?:content|video|embed)\ is\ (?:hosted|provided)\ by\ a\ third\ party\b.*
      | (?:allow|accept)\ and\ continue | (?:accept|reject)\ all(?:\ cookies)?
      # share buttons' labels: "Share this article", "Email", "Copy link"
      | share\ this\ (?:article|story|post) | e-?mail | copy\ (?:the\ )?link
      | pinterest | reddit | messenger
      # a breadcrumb set apart by slashes, its root the site's home: "Home / News / Crime",
      # ".......... MPS Home /// Press Bureau Index Page"
      | [\W_]*(?:[\w'’&.-]+\ ){0,2}home\ /{1,3}\ .*
      # an advert's label left without its sponsor ("Post sponsored by"), a search box's
      # help ("To match an exact phrase, use quotation marks around the search term.
      # ..."), a plea to subscribe ("Keep yourself up-to-date ... to your inbox")
      | (?:(?:post|article|content)\ )?sponsored(?:\ (?:by|content|post))?
      | .*\buse\ quotation\ marks\ around\b.*
      | keep\ (?:yourself\ )?up[-\ ]to[-\ ]date\b.*\b(?:subscri\w+|inbox|newsletters?)\b.*
      # or its button alone ("Sign up to our daily newsletter")
      | sign\ up\ (?:to|for)\ (?:our\ )?(?:daily\ |weekly\ |free\ )?newsletters?
      # a site's appeal for money over its pages, and its button: "Only a few days to go:
      # We're raising £25,000 to keep <site> running ...", "Donate to our crowdfunder", a
      # menu's "Search Donate"
      | .*\bwe(?:['’]re|\ are)\ raising\ [£$€]\s?\d.*
      | (?:search\ )?donate(?:\ now|\ today|\ to\ (?:our|this|the)\ [\w-]+)?
      # a newsroom's button to follow its publisher: "Follow Metropolitan Police"
      | (?-i:Follow\ [A-Z][\w'’&.-]*(?:\ (?:of|and|for|the|&|[A-Z][\w'’&.-]*)){0,5})
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_CONTENTS_HEADING = re.compile(r"^(?:table of )?contents$", re.IGNORECASE)
# An item's label with its separator left dangling, under the Met page's browser title.
_ITEM_LABEL = re.compile(r"^(?:press\s+release|(?:latest\s+)?news)\s*[-–—|]$", re.IGNORECASE)
# A newsroom's item label before its date under the headline: "News • Jan 10, 2020 15:10 GMT".
_DATED_ITEM_LABEL = re.compile(r"^(?:press\s+release|news)\s*[•·]", re.IGNORECASE)
_GLUED_WORDS = re.compile(r"[a-z][A-Z][a-z]")
_HASHTAG = re.compile(r"#\w+")
# "PRESS RELEASE : Title [April 2023]", "NEWS STORY : Title", "UPDATE: Title": labels
# around the headline, with the issuer's initials before and glued to the title after
# ("TFL PRESS RELEASE:Title"); a committee report's "Subject: Title" heads its first page; a
# page copy's metadata line "date 2022-10-04 Title" opens on the copy's date.
_HEADLINE_LABEL = re.compile(
    r"^(?:(?:(?:historic\s+|(?-i:[A-Z]{2,5})\s+)?"
    r"(?:press\s+release|news\s+release|media\s+release|news\s+story)"
    r"|update[d]?)\s*[:|–-]|subject:|date\s+\d{4}-\d\d-\d\d)(?:\s+|(?<=:)(?=[A-Z]))",
    re.IGNORECASE,
)
# After it: "[April 2023]"; a parliamentary paper's kind and number, "Police
# Funding:Written statement - HCWS439", whose subject is the headline.
_HEADLINE_SUFFIX = re.compile(
    r"\s*\[(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\]$"
    r"|\s*[:|]\s*(?i:written\s+(?:ministerial\s+)?(?:statement|question|answer))"
    r"\s*[-–—]\s*[A-Z]{0,6}\d+$"
)
# A distribution service's header: "11/26/2024 | Press release | Distributed by Public on
# ...", "07/07/2024 | News release | ..."
_DISTRIBUTION_HEADER = re.compile(r"^[^|]{0,40}\|\s*(?:press|news) release\s*\|.*$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-•·*▪‣◦–]|\d{1,2}[.)](?=\s))\s*")
_NOTES_HEADING = re.compile(
    r"^(?:notes?\s+(?:to|for)\s+(?:editors?|eds)|editors?[’']?\s*notes?|background)\s*:?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’']?\s")

# A document's own date label: "Date:", "Published on", and a decision's or a letter's
# "Date signed:", "Date of decision:", "Date issued:", "Date published:"; a meeting's
# record, a question put at it: "Session date:", "Meeting date:"; a written statement's
# "Statement made on", "Made on:"; a consultation page's update under its item,
# "Updated: 28 March 2025", read only where the page states no date of its own.
_DATE_WORDS = (
    r"(?:date(?:\s+(?:signed|issued|published|approved|agreed|of\s+(?:decision|issue|"
    r"publication|signing|approval)))?|(?:first\s+)?published(?: on)?|created on|posted on"
    r"|issued|delivered on|(?:statement\s+)?made on|updated"
    r"|(?:session|meeting)\s+date)"
)
_DATE_LABEL = re.compile(rf"^{_DATE_WORDS}\s*:?\s*", re.I)
# A document's own note of its date, as a sentence among its first lines: "This fact sheet
# was updated on 16 July 2019 to include ...", "This page was published on 3 May 2020.";
# a transcript's of the day the speech was given ("Transcript of speech given by the Prime
# Minister, Jane Doe in London on Monday 18 October 2010."), or a speech page's note of it
# ("The Home Secretary gave this speech in Harrogate on 4 July 2011.").
_DATED_DOCUMENT = re.compile(
    r"^(?:This\s+(?:[a-z]+\s+){1,3}was\s+(?:last\s+)?(?:updated|published)"
    r"|Transcript\s+of\s+(?:the\s+|a\s+)?speech\s+(?:given|delivered|made)\s+by\s+[^.]{2,120}?"
    r"|[A-Z][^.]{2,80}?\s(?:gave|delivered|made)\s+this\s+speech\b[^.]{0,80}?)"
    r"\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\b"
)
_LABELLED_DATE_LINES = 8
_LISTED_DATES = 2  # more date lines among those: a listing's items, each under its date
# A blog's heading of the day's post marked by a pointer ("» Monday, October 15, 2012"),
# under the site's name and its blurb: the page's date, however long the blurb.
_DATE_HEADING_MARKS = ("»", "›")
# A meeting's fields of details run together on one line ("Meeting: London Assembly Date:
# Thursday 19 July 2018 Time: 10.00 am Place: City Hall"): the line opens on a field's
# label and each field's label after it is a capitalised word or two closed by a colon.
_RUN_ON_FIELDS = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?:\s")
# A question page's meeting field naming the meeting's day ("Meeting: Plenary on 06
# December 2018"), the day the question was put: its answer's date further down is later.
_MEETING_ON = re.compile(r"^Meeting:\s*[A-Z][^:]{1,60}?\s+on\s+(?P<date>.+)$")
_FIELD_START = re.compile(r"\s(?=[A-Z][a-z]+(?: [a-z]+)?:\s)")


def _listed_date(label: str, content: list[str]) -> date | None:
    """The date a list's bulleted date fields (``label``: "Meeting date: ") give, where
    every item gives the same (one meeting's questions); items of several dates (a
    member's questions over the years) state none."""
    dates = {
        stated_date(item[len(label) :])
        for item, _ in map(_split_bullet, content)
        if item.startswith(label)
    }
    return dates.pop() if len(dates) == 1 else None


def _run_on_field_date(line: str) -> date | None:
    """The date of a date's field among a line's run-together fields, if one is a date."""
    for field in _FIELD_START.split(line)[1:]:
        if _DATE_LABEL.match(field) and is_date_line(value := _DATE_LABEL.sub("", field)):
            return stated_date(value)
    return None


_DATE_COLUMNS = re.compile(r"^Date(?: [A-Z][a-z]+){1,4}$")
_EMBARGO_LIMIT = timedelta(days=366)
_DATE_AFTER_STANDFIRST = 3  # lines after the headline read for a date line or a dateline
# A dateline's separator after its date, near the paragraph's start: read for first.
# A page's field of details under its headline: a short label, a colon and a value that
# is no sentence ("Department: Home Office", "Full Debate: Read Full Debate").
_DETAILS_FIELD = re.compile(r"^[A-Z][\w ]{2,30}:\s+[^.!?:]{1,60}$")
_DATELINE_CUE = re.compile(r"\d[:–—-]|\d\s[:–—-]")
_DATELINE_CHARS = 60
_AROUND_DATE = " .,:;()[]|-–—"  # a repeated headline's stop and the brackets round its date
# A page's own stamp on a line of its own over its date: "This page was last updated on"
# / "05-Feb-2015 14:33" (a press office's page, posted once); a written answer's "Answered
# on" / "14 September 2021".
_DATE_LABEL_ONLY = re.compile(
    rf"^(?:{_DATE_WORDS}|(?:this\s+page\s+was\s+)?last\s+updated(?:\s+on)?|answered\s+on)\s*:?$",
    re.I,
)

# A headline is a short line that does not read as a sentence of prose.
_MAX_HEADLINE = 200
_TAG_LINE_WORDS = 8
_DERIVED_TITLE_WORDS = 12


def _is_furniture(line: str) -> bool:
    # the distribution header has its pipe within its first 41 characters: most lines
    # are ruled out without a second match
    return bool(_FURNITURE.match(line) or ("|" in line[:41] and _DISTRIBUTION_HEADER.match(line)))


# A site's own name as a line above the headline ("Home Office", "Prime Minister's
# Office, 10 Downing Street"): the page's masthead, and a cue to who published it. An
# office's own blog or newsroom is named after it: "Home Office in the media" (the Home
# Office's blog on blog.gov.uk), "MOPAC news", "Metropolitan Police blog".
_SITE_NAME = re.compile(
    r"""^(?:the\ )?(?:
        home\ office | metropolitan\ police(?:\ service)? | mps | mopac
      | mayor'?s\ office\ for\ policing\ (?:and|&)\ crime
      | prime\ minister'?s\ office(?:,?\ 10\ downing\ street)? | 10\ downing\ street
    )(?:\ in\ the\ media|\ (?:news|media|press)(?:\ centre|\ room)?|\ blog|\ newsroom)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_SITE_NAME_LINES = 3


def office_site_name(line: str) -> bool:
    """Whether ``line`` is an office's own site by its name ("Metropolitan Police",
    "Home Office in the media"), as its pages print it over the headline."""
    return _SITE_NAME.match(line.replace("’", "'")) is not None


# The site named at the root of its breadcrumb: ".......... MPS Home /// Press Bureau".
_CRUMB_ROOT = re.compile(r"^[\W_]*(?P<site>[\w'’&. -]{2,60}?)\s+home\s+/", re.IGNORECASE)


# A reporter's byline over the headline, with the reporter's post after it or on the
# next line: "By Jane Smith", "By Jane Smith, Crime Reporter" / "Home Affairs
# Correspondent". A name of two to four capitalised words (a particle among them: "de",
# "van"): no headline's words.
_REPORTER_POSTS = r"(?:reporter|correspondent|editor|writer|journalist)"
_HEADER_BYLINE = re.compile(
    r"^By\s+[A-Z][a-z'’-]+(?:\s+(?:(?:de|van|von|der|le|la|du|da|di)\s+)?[A-Z][A-Za-z'’-]+){1,3}"
    rf"(?:,\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_REPORTER_POSTS}))?$"
)
_REPORTER_POST = re.compile(rf"^(?:[A-Za-z'’-]+\s+){{0,3}}{_REPORTER_POSTS}$", re.IGNORECASE)
# A newspaper's name and its tagline on one line over the headline: "Westshire News -
# Your voice in the county", "Westshire Gazette | Serving the county since 1880".
_NEWSPAPER_WITH_TAGLINE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,3}(?:Press|Times|Gazette|Standard|News|Herald"
    r"|Echo|Post|Mirror|Chronicle|Telegraph|Guardian|Journal|Advertiser|Argus|Mail|Express"
    r"|Observer|Independent|Courier|Recorder|Reporter|Sentinel|Examiner|Messenger|Tribune)"
    r"\s+[-–—|]\s+[^.!?]{3,80}$"
)
_PLACE_TAG = re.compile(r"[A-Z][A-Za-z'’-]*")
_TAG_PLACES = 6
_LOWER_CASE_TOKEN = re.compile(r"[a-z][a-z_-]{0,39}")
_PICTURE_TEXT = re.compile(r"[a-z]+(?:\s+[\w-]+){1,5}|\[[^\[\]]{3,200}\]")


def _news_tag(line: str) -> bool:
    """A news site's tag with a place in capitals: "Breaking LONDON", "BREAKING:
    MANCHESTER"; and a row of the site's places after it, one of them in capitals
    ("Breaking Kent LONDON Surrey"): names alone, no word of a sentence among them."""
    words = line.split()
    return (
        1 < len(words) <= _TAG_PLACES + 1
        and words[0].rstrip(":").lower() == "breaking"
        and all(_PLACE_TAG.fullmatch(word) for word in words[1:])
        and any(word.isupper() and len(word) > 1 for word in words[1:])
    )


def _is_header_furniture(line: str) -> bool:
    """Above the headline: banners, run-together navigation, taglines, separator rows."""
    if _is_furniture(line) or _HEADER_FURNITURE.match(line):
        return True
    # A template's token left on the page ("debug", "main_content"): one word in lower
    # case, which no headline is; nor a picture's alternative text, a few words opening
    # in lower case ("met police NSY") or a caption in square brackets ("[The Mayor at
    # the passing-out parade]").
    if _LOWER_CASE_TOKEN.fullmatch(line) or _PICTURE_TEXT.fullmatch(line):
        return True
    if _news_tag(line) or _HEADER_BYLINE.match(line) or _REPORTER_POST.match(line):
        return True
    if _NEWSPAPER_WITH_TAGLINE.match(line):
        return True
    # run-together navigation, whole or cut off with an ellipsis ("HomeLondon NewsSadiq
    # Khan has urged ..."): no sentence's end
    ends_sentence = line.endswith((".", "?", "!")) and not line.endswith(("...", "…"))
    # (a hashtag runs its words together by design: "It’s time to #WalkTheMet")
    unglued = _HASHTAG.sub("", line) if "#" in line else line
    return len(_GLUED_WORDS.findall(unglued)) >= 2 and not ends_sentence


# A news site's weather and clock at the top of its page ("-0.8 C" / "New York" / "Friday,
# January 24, 2025", "12°C Light rain" / "London"): the temperature, the place it is read
# for, and the day the page was seen, which is not the release's date.
_TEMPERATURE = re.compile(r"^[-+−]?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF](?:\s[A-Za-z]+){0,3}$")
_WIDGET_PLACE_WORDS = 3  # capitalised, with small words between ("Harrow on the Hill")
_PLACE_NAME_LINKS = frozenset("on the upon under in by of".split())


def _weather_widget(lines: list[str], position: int) -> tuple[int, int]:
    """(lines of the site's weather widget from ``position``, of them its clock's date
    line last): (0, 0) where no temperature opens the lines."""
    if not _TEMPERATURE.match(lines[position]):
        return 0, 0
    end = position + 1
    place = lines[end].split() if end < len(lines) else []
    capitalised = [word[:1].isupper() and word.isalpha() for word in place]
    if (
        place
        and capitalised[0]
        and capitalised[-1]
        and sum(capitalised) <= _WIDGET_PLACE_WORDS
        and all(
            up or word in _PLACE_NAME_LINKS for up, word in zip(capitalised, place, strict=True)
        )
    ):
        end += 1  # the place
    clock = int(end < len(lines) and is_date_line(lines[end]))
    return end + clock - position, clock


# A breadcrumb row run on into the headline the page prints next: "Home Business News
# Mayor joins ..." over "Mayor joins ...": a few capitalised section names (or ones set
# apart by "/" or "|") before the next line's words.
_BREADCRUMB_WORDS = 5


_CRUMB_SEPARATOR = re.compile(r"\s+[/|>›»]\s+")
_CRUMB_WORDS = 3


def _breadcrumb(line: str, following: str) -> bool:
    if len(line) <= len(following) or not line.endswith(following) or not following[:1].isupper():
        return False
    if not line[-len(following) - 1].isspace():
        return False
    before = line[: -len(following)]
    crumbs = before.replace("/", " ").replace("|", " ").split()
    if 0 < len(crumbs) <= _BREADCRUMB_WORDS and all(
        word[:1].isupper() or word == "&" for word in crumbs
    ):
        return True
    # Crumbs set apart by separators are section names of a few words each, the first
    # capitalised: "Home / Local news / London is ‘really safe’ city, ..."
    parts = _CRUMB_SEPARATOR.split(" " + before.strip() + " ")
    sections = [part.strip() for part in parts if part.strip()]
    return (
        len(parts) > 2
        and not parts[-1].strip()
        and 0 < len(sections) <= _BREADCRUMB_WORDS
        and all(
            section[:1].isupper() and len(section.split()) <= _CRUMB_WORDS for section in sections
        )
    )


# A page's label closed by its colon over the headline ("You are in:"): a few words, no
# speaker's lead-in to words under it ("Jane Doe said:").
_LABEL_WORDS = 3
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|added|adds|told|tells|explained|continued|commented|stated|writes|wrote)\b",
    re.IGNORECASE,
)


def _label_over_headline(line: str, following: str) -> bool:
    return (
        line.endswith(":")
        and len(line.split()) <= _LABEL_WORDS
        and not _SPEECH_VERB.search(line)
        and following[:1].isupper()
        and _looks_like_headline(following)
    )


_BYLINE = re.compile(r"^(?i:by)\s+\S+(?:\s+\S+){0,5}$")
_MASTHEAD_WORDS = 3
_MASTHEAD_LINES = 5


# A field naming who did something to the page ("Asked by: Jane Doe (Labour - Brent)",
# "Posted by: admin"): the page's details, never its headline.
_BY_FIELD = re.compile(r"^[A-Z][a-z]+ by:\s")


def _headline_under_masthead(line: str) -> bool:
    """The line under a masthead's lines reads as the headline: not a written question's
    "Asked by:" field under its short heading and date ("Police" / "Monday 1st February
    2016" / "Asked by: ..."), nor a debate's note under its short heading ("Police
    Reform" / "(Limited Text - Ministerial Extracts only)")."""
    return (
        _looks_like_headline(line) and not _BY_FIELD.match(line) and not _EXTRACTS_NOTE.match(line)
    )


def _drop_masthead(content: list[str], header: list[str]) -> None:
    """A news site's byline block above the headline: its name, a date line and
    short section tags ("Daily Mirror / 24-07-2025 / - Politics / - Daily Mirror").

    Only a short first line followed by nothing but a date line and short tags,
    then a line that reads as a headline, is taken for one; the lines move to the
    header (so the date there is the stated date).
    """
    if not content or len(content[0].split()) > _MASTHEAD_WORDS:
        return
    n, dated = 1, False
    while n < min(len(content), _MASTHEAD_LINES + 1):
        line = content[n]
        if is_date_line(line):
            dated = True
        elif not (_BULLET.match(line) and len(line.split()) <= _MASTHEAD_WORDS + 1):
            break
        n += 1
    if (
        dated
        and n < len(content)
        and _headline_under_masthead(content[n])
        and len(content[n].split()) > _MASTHEAD_WORDS
    ):
        header.extend(content[:n])
        del content[:n]


# A date line signed by a reporter: "July 11, 2013 - Martin Hoscik", "July 13, 2016 by
# Martin Hoscik" (a news site's copy of a release).
_DATE_BYLINE = re.compile(r"(?:\bby\s+|\s[–—-]\s*)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*\s*$")


def _dated_byline(line: str) -> bool:
    """A reporter's name by the date, not an office's ("12 March 2019 - Home Office")."""
    signed = _DATE_BYLINE.search(line)
    if signed is not None and is_date_line(line) and not _named_publishers(signed.group()):
        return True
    return _byline_date(line) is not None


_BYLINE_NAME_WORDS = (2, 3)
_BYLINE_VERBS = frozenset(("written", "posted", "published"))
# The reporter's post between the name and a bar or slash before the date, after a comma
# or glued on where the page's spans ran together: "By Jane Smith, Correspondent / August
# 18, 2011", "By Jane SmithStaff Writer | 10 January 2014".
_POST_BEFORE_DATE = re.compile(
    rf"(?<=[a-z])(?:,\s+|(?=[A-Z]))(?:[A-Z][\w'’-]*\s+){{0,2}}(?i:{_REPORTER_POSTS})\s+[/|]\s+"
)
# "by" and "on" mark off an author of any name, a group's or a site's: "by Town
# Centre Lib Dems on 9 November, 2015".
_BY_ON_DATE = re.compile(r"^by\s+(?P<who>[^.!?:]{3,80}?)\s+on\s+(?P<when>.{4,60})$", re.IGNORECASE)


def _byline_date(line: str) -> date | None:
    """The date of a news site's byline, the reporter's name before it ("Jane Smith 31
    July 2023", "By Jane Smith July 31, 2023", "By Jane Smith on July 31, 2023 1:03 PM",
    "by Town Lib Dems on 9 November, 2015"); None for any other line."""
    words = _POST_BEFORE_DATE.sub(" ", line, count=1).split()
    # a blog's verb before the "by": "Written by Jane Smith 20 Apr 2013"
    if len(words) > 1 and words[0].lower() in _BYLINE_VERBS and words[1].lower() == "by":
        words = words[1:]
    if words and words[0].lower() == "by":
        words = words[1:]
    for count in _BYLINE_NAME_WORDS:
        name, rest = " ".join(words[:count]), " ".join(words[count:])
        rest = rest.removeprefix("on ")
        if rest and is_date_line(rest) and _full_name_alone(name):
            return stated_date(rest)
    if (by_on := _BY_ON_DATE.match(line)) and is_date_line(by_on["when"]):
        return stated_date(by_on["when"])
    return None


def _full_name_alone(name: str) -> bool:
    """A person's full name alone, not a place's or a body's ("Police Appeal")."""
    return len(name.split()) in _BYLINE_NAME_WORDS and (split_name_role(name) or ("",))[0] == name


_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def _drop_blog_masthead(content: list[str], header: list[str]) -> None:
    """A blog's name above the post's own address and headline ("Home Office in the
    media" / "https://homeofficemedia.blog.gov.uk/2017/11/22/..." / "Clarification: ...")."""
    if (
        len(content) > 2
        and len(content[0].split()) <= 8
        and _URL_LINE.match(content[1])
        and _looks_like_headline(content[2])
    ):
        header.extend(content[:2])
        del content[:2]
    elif len(content) > 1 and _URL_LINE.match(content[0]) and _looks_like_headline(content[1]):
        # the blog's name already read as the site's ("Home Office in the media"): its
        # address alone over the headline
        header.append(content.pop(0))


_SELF_SIGNED_LINES = 6  # the site's name, its motto and notices, the headline, the byline


def _drop_self_signed_site(content: list[str], header: list[str]) -> None:
    """A group's site: its name over the page, and again as the post's author in the
    dated byline under the headline ("Town Lib Dems" / its motto / "Save our police
    teams" / "by Town Lib Dems on 9 November, 2015"): the lines over the headline are
    the site's."""
    for at in range(2, min(len(content), _SELF_SIGNED_LINES)):
        by_on = _BY_ON_DATE.match(content[at])
        if by_on and by_on["who"] == content[0] and _looks_like_headline(content[at - 1]):
            header.extend(content[: at - 1])
            del content[: at - 1]
            return


# A photo's credit closing its caption: "... waiting to be heard (PA Archive)", "Raid:
# police officers during the operation today (Picture: Metropolitan Police)", "(Photo:
# GLA)", "(Getty Images)". A caption is never the headline.
_PICTURE_AGENCY = (
    r"(?:PA(?:\s+(?:Archive|Wire|Media|Images))?|Getty(?:\s+Images)?|Reuters|AFP|Alamy"
    r"|Shutterstock)"
)
# So does a credit after the caption's last sentence, unbracketed: "Officers at the scene
# of the raid. Image: Met Police".
_PHOTO_CREDIT = re.compile(
    rf"\((?:(?:picture|pic|photo|image|photograph|credit)s?\s*:\s*[^()]{{1,60}}|{_PICTURE_AGENCY})\)$"
    r"|(?<=[.!?]\s)(?-i:Picture|Pic|Photo|Image|Photograph|Credit)s?:\s*[^.!?:()]{1,40}$",
    re.IGNORECASE,
)
_CREDIT_CHARS = 60  # how far from its caption's end an unbracketed credit opens
# A photo's credit on a line of its own under the picture: "Jordan Pettitt/PA Wire",
# "REUTERS" (an agency in capitals too).
_CREDIT_LINE = re.compile(rf"^(?:[^/]{{2,40}}/\s*)?{_PICTURE_AGENCY}$", re.IGNORECASE)
_CAPTION_WORDS = 25
# A news agency's photo caption under the headline dates the story it was issued with:
# "... PA Photo. Issue date: Thursday December 10, 2020. ..." (not its "Picture date:",
# the day it was taken).
_ISSUE_DATE = re.compile(rf"\b{_PICTURE_AGENCY}\b[^:]{{0,40}}?\bIssue date:\s*")


def _is_caption(line: str) -> bool:
    # the cheap cue first: a credit closes its line with a bracket, or its label's colon
    # is near the line's end
    cued = line.endswith(")") or ":" in line[-_CREDIT_CHARS:]
    return cued and bool(_PHOTO_CREDIT.search(line))


def _drop_caption(content: list[str], header: list[str]) -> None:
    """A photo's caption over the headline: one closed by its credit ("Sadiq Khan at City
    Hall (Photo: GLA)"), or any short line over an Assembly Member's own heading
    ("Assembly Member, Sian Berry, outside of the Grove Park Youth Centre" / "News from
    Siân Berry: ..."), goes to the header; the line under it is the headline."""
    if len(content) < 2 or not _looks_like_headline(content[1]) or _is_caption(content[1]):
        return
    first = content[0]
    if _is_caption(first) or (
        _MEMBER_NEWS.match(content[1])
        and not _MEMBER_NEWS.match(first)
        and len(first.split()) <= _CAPTION_WORDS
        and not first.endswith((".", "!", "?", ":"))
    ):
        header.append(content.pop(0))


def _drop_tagline(content: list[str], header: list[str]) -> None:
    """A site's tagline over a headline the page prints twice ("London assembly for
    North East London — fighting your corner at City Hall" / headline / headline), or
    its name, motto and date banner ("London Daily" / "Focus on the big picture." /
    "Saturday, May 31, 2025" / headline / headline): the repeated line is the headline,
    the ones above it the site's."""
    at = next(
        (
            at
            for at in range(1, min(len(content) - 1, _TAGLINE_LINES + 1))
            if content[at] == content[at + 1]
        ),
        0,
    )
    # a site's name and its motto after a dash over a headline printed once ("London
    # assembly for North East London — fighting your corner at City Hall" / headline):
    # the motto says what the site does for its reader, in the -ing form, as no headline
    # addresses its reader
    if (
        not at
        and len(content) > 2
        and _NAME_WITH_MOTTO.match(content[0])
        and _looks_like_headline(content[1])
    ):
        header.append(content.pop(0))
        return
    if (
        at
        and content[0] != content[at]
        # over the headline a tagline, or a site's short lines closed by its date banner
        # (never a headline with a caption printed twice under it)
        and (
            at == 1
            or (
                is_date_line(content[at - 1])
                and all(len(line.split()) <= _TAG_LINE_WORDS for line in content[: at - 1])
            )
        )
        and (at > 1 or _looks_like_headline(content[0]))
        and _looks_like_headline(content[at])
        and not _is_caption(content[at])  # a caption printed twice under the headline
        # nor three times: its picture's alternative text, title and caption
        and content[at + 2 : at + 3] != content[at : at + 1]
        # an office's name printed twice under the headline: its picture's credit
        and not office_site_name(content[at])
        and not _standfirst_from_body(content[at], content[at + 2 : at + 2 + _RUN_ON_PARAGRAPHS])
    ):
        header.extend(content[:at])
        del content[:at]


_STANDFIRST_WORDS = 20  # longer than headlines run
_TAGLINE_LINES = 3  # a site's name, motto and date banner over its headline
_NAME_WITH_MOTTO = re.compile(
    r"^[A-Z][^.!?:;–—]{2,80}\s[–—]\s[a-z]+ing\s(?:[^.!?:;–—]{1,40}\s)?(?:you|your)\b[^.!?:;–—]{0,40}$"
)


def _standfirst_from_body(line: str, later: list[str]) -> bool:
    """Whether a line is a standfirst drawn from the body ("Jane Smith is understood to
    have said ..."): longer than a headline, its opening words those a later paragraph
    (not the line printed once more) opens on."""
    words = line.split(maxsplit=_RUN_ON_WORDS)[:_RUN_ON_WORDS]
    return len(line.split()) > _STANDFIRST_WORDS and any(
        paragraph != line and paragraph.split(maxsplit=_RUN_ON_WORDS)[:_RUN_ON_WORDS] == words
        for paragraph in later
    )


# A newspaper's name printed over its headline ("Guernsey Press", "Harrow Times", "Evening
# Standard"): a few capitalised words ending on a word newspapers are named by; and so a
# member body's site over its own news ("Metropolitan Police Federation", "Police
# Superintendents' Association"), named by what kind of body it is.
_NEWSPAPER_WORDS = (
    r"Press|Times|Gazette|Standard|News|Herald|Echo"
    r"|Post|Mirror|Chronicle|Telegraph|Guardian|Journal|Advertiser|Argus|Mail|Express"
    r"|Observer|Independent|Courier|Recorder|Reporter|Sentinel|Examiner|Messenger|Tribune"
)
_MASTHEAD_NAME = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){{1,3}}(?:{_NEWSPAPER_WORDS}"
    r"|Federation|Association|Union|Confederation|Society|Institute|Alliance)$"
)

# A newspaper's tagline printed over its headline in the name's place ("The independent
# London newspaper", "Your local newspaper", "London's biggest free news site"), a site's
# motto saying what it carries ("London News and Comment"), a newswire's name saying what
# it is ("WiredGov Newswire (news from other organisations)"), a press-reading site's
# newspaper by its name and the places of its edition ("The Press and Journal (Inverness,
# Highlands, and Islands)"), or any paper's name with its edition's country bracketed
# ("Eastern Eye (UK)"), as no headline ends.
_EDITION_COUNTRY = r"UK|US|USA|Ireland|Scotland|Wales|England|Northern Ireland"
_NEWSPAPER_TAGLINE = re.compile(
    r"^(?:(?:The|Your|Our|[A-Z][\w-]*['’]s)(?:\s[\w'’-]+){0,4}\s(?i:newspaper|news\s?(?:web)?site)"
    r"|(?:[A-Z][\w'’-]*\s){1,3}(?i:news\s(?:and|&)\s(?:comment|views|opinion|analysis))"
    r"|[A-Z][\w.-]*\s(?i:newswire)(?:\s\([^()]{1,60}\))?"
    rf"|(?:The\s)?(?:[A-Z][\w'’.-]*\s(?:(?:and|&)\s)?){{1,3}}(?:{_NEWSPAPER_WORDS})\s\([A-Z][^()]{{1,60}}\)"
    rf"|(?:The\s)?(?:[A-Z][\w'’.-]*\s){{1,3}}\((?:{_EDITION_COUNTRY})\))$"
)

_MASTHEAD_TAGS = 3
_SHORT_NAME = re.compile(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2}")
_INITIALS = re.compile(r"[A-Z]{2,5}")
_MASTHEAD_TAG_WORDS = 3
# A line of a word or two ("Blueline Jobs", "Politics") over a much longer headline and
# its lead is a site's name or a section's label, whatever words name it: a headline
# that short is not printed over a longer one.
_SITE_LABEL_WORDS = 2


def _headline_over_lead(line: str, lead: str) -> bool:
    """``line`` a headline with the lead paragraph under it: not a sentence closed inside
    quote marks ("X said: “We are ready.”"), the line under it not another heading (a
    site's tagline: "MayorWatch" / "London News and Comment" / the headline) nor the
    line going on in lower case (hard-wrapped text)."""
    return (
        not line.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)
        and not _looks_like_headline(lead)
        and not lead[:1].islower()
    )


def _drop_newspaper_masthead(content: list[str], header: list[str]) -> None:
    """A newspaper's name (or its tagline) as the first line, over a longer line that reads
    as a headline ("Guernsey Press" / "May to hold Downing Street knife crime summit"): the name is the
    site's masthead, the line under it the headline. The name printed twice and a few
    short tags under it (a section, the reporter: "Evening Standard" / "Evening
    Standard" / "Politics" / "Nina Lloyd") are the masthead's too. So is any site's name
    or section's label of a word or two over such a headline ("Politics" / "Boris
    Johnson nearly halfway to ...")."""
    if len(content) < 3:
        return
    tagline = bool(_NEWSPAPER_TAGLINE.match(content[0]))
    # the name, its short form over the full one ("London Daily" / "London Daily News"),
    # its initials ("MCN"), or a short name printed twice (its logo's text and its own:
    # "The Independent UK" / "The Independent UK"): no headline is those alone
    named = bool(
        _MASTHEAD_NAME.match(content[0])
        or (content[1].startswith(content[0] + " ") and _MASTHEAD_NAME.match(content[1]))
        or _INITIALS.fullmatch(content[0])
        or (content[1] == content[0] and _SHORT_NAME.fullmatch(content[0]))
    )
    label = len(content[0].split()) <= _SITE_LABEL_WORDS and _looks_like_headline(content[0])
    if not (tagline or label or named):
        return
    n = 1
    while n < len(content) and content[n] == content[0]:
        n += 1
    tags_end = min(len(content) - 1, n + _MASTHEAD_TAGS)
    # a reporter's byline under a line tells it is the headline, however short
    # ("Vertical Markets" / "Project Guardian week" / "by Jane Smith"), not a tag; the
    # site's date line is one of its tags ("London Daily" / "London Daily News" /
    # "Sunday, Oct 25, 2020"); so is a tagline under a name ("MayorWatch" / "London News
    # and Comment"); under a name or tagline that says what it is, so are the site's
    # furniture and its menu's short items ("• NEWS" / "• Twitter", "... Newswire" /
    # "Printable version E-mail this to a friend")
    says_what = tagline or named
    while n < tags_end:
        if _NEWSPAPER_TAGLINE.match(content[n]):
            says_what = True
        elif not (
            is_date_line(content[n])
            or (
                says_what
                and (
                    _is_header_furniture(content[n])
                    or (
                        _BULLET.match(content[n]) is not None
                        and len(_split_bullet(content[n])[0].split()) <= _MASTHEAD_TAG_WORDS
                    )
                )
            )
            or (
                len(content[n].split()) <= _MASTHEAD_TAG_WORDS
                and _looks_like_headline(content[n])
                and not _BYLINE.match(content[n + 1])
            )
        ):
            break
        n += 1
    bylined = n < len(content) - 1 and bool(_BYLINE.match(content[n + 1]))
    if (
        n < len(content) - 1
        and _headline_under_masthead(content[n])
        # a tagline says what it is; a bare name is told by the longer headline under it
        and (tagline or bylined or len(content[n].split()) > len(content[0].split()) + 2)
        and not _MASTHEAD_NAME.match(content[n])
        # a name that says what it is ("Police Federation") needs no lead under the
        # headline to tell it from one: a standfirst with no stop may follow
        and (
            not label
            or says_what
            or bylined
            or _headline_over_lead(content[n], content[n + 1])
            # a button of a word or two between the headline and its lead ("Send Push")
            or (
                n + 2 < len(content)
                and len(content[n + 1].split()) <= _SITE_LABEL_WORDS
                and _headline_over_lead(content[n], content[n + 2])
            )
        )
    ):
        header.extend(content[:n])
        del content[:n]


_SECTION_LABEL_WORDS = 3


def _drop_section_label(content: list[str], header: list[str]) -> None:
    """A section's name over a headline that names it again ("Antisocial behaviour" /
    "Tackling antisocial behaviour", "Capital City Policing" / "Met given more money for
    capital city policing"): the short line is the site's, the longer one the headline."""
    if len(content) < 2:
        return
    label, headline = content[0].lower().split(), content[1].lower().split()
    if (
        len(label) <= _SECTION_LABEL_WORDS
        and len(headline) > len(label)
        and set(label) <= set(headline)
        and _looks_like_headline(content[0])
        and _looks_like_headline(content[1])
        # not a sentence closed inside quote marks: "Summit" / "X said: “... summit.”"
        and not content[1].rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)
    ):
        header.append(content.pop(0))


def _drop_lone_label(content: list[str], header: list[str]) -> None:
    """A page's label left as a one-item list over the headline ("1. ITV Report", "•
    BBC News"): a short item that no other item follows, over a longer line that reads
    as a headline, is the site's, not the release's opening bullet."""
    if len(content) < 3 or _BULLET.match(content[1]):
        return
    item, bullet = _split_bullet(content[0])
    if (
        bullet
        and len(item.split()) <= _MASTHEAD_WORDS
        and _looks_like_headline(item)
        and _looks_like_headline(content[1])
        and len(content[1].split()) > len(item.split()) + 2
    ):
        header.append(content.pop(0))


_NAV_LINES = 12
_NAV_ITEM_WORDS = 3
_NAV_ITEMS = 3
_NAV_ABOVE_WORDS = 8


def _drop_navigation(content: list[str], header: list[str]) -> None:
    """A site's menu over the headline: a run of short bulleted items opening on "Home"
    ("• Home" / "• About Andrew" / "• News" / "• Contact"), with nothing above it but
    short lines (the site's name, its tagline: "Member of Parliament for Romford"). The
    menu and the lines above it go to the header; the line after it must read as a
    headline."""
    start = None
    for number, line in enumerate(content[:_NAV_LINES]):
        item, bullet = _split_bullet(line)
        if bullet and item.lower() == "home":
            start = number
            break
        if bullet or len(line.split()) > _NAV_ABOVE_WORDS or line.endswith((".", "!", "?")):
            return
    if start is None:
        return
    end = start + 1
    while (
        end < len(content)
        and _BULLET.match(content[end])
        and len(_split_bullet(content[end])[0].split()) <= _NAV_ITEM_WORDS
    ):
        end += 1
    if (
        end - start >= _NAV_ITEMS
        and end < len(content)
        and _looks_like_headline(content[end])
        and len(content[end].split()) > _NAV_ITEM_WORDS
    ):
        header.extend(content[:end])
        del content[:end]


_ANCHOR_LINES = 8
_PAGE_LINE_WORDS = 4
_PAGE_SENTENCE_WORDS = 20
# "BBC Crimewatch Special - Tonight 18/8/11" over "BBC Crimewatch Special": the date the
# heading carries before the page repeats it bare.
_APPENDED_DATE = re.compile(r"^\s*[-–—|:,]\s*(?P<date>.{4,40})$")


def _page_line(line: str) -> bool:
    """A line of a site's furniture: a name, a tag, a tagline or a short notice
    ("MayorWatch", "Top Posters", "You can also email the press office.")."""
    words = len(line.split())
    return words <= _PAGE_LINE_WORDS or (
        words <= _PAGE_SENTENCE_WORDS and line.endswith((".", "!", "?"))
    )


# A labelled line under a headline ("From: Home Office and ...", "By: Jane Smith").
_LABELLED_LINE = re.compile(r"^[A-Za-z]+:\s")


_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")


def _cut_copy(stem: str, after: str) -> bool:
    """Whether ``stem`` (a line cut short by an ellipsis) ends on the opening of ``after``
    at least a few words long, behind a breadcrumb's few words at most ("Home Politics
    Mayor Vows to Ban ... at Notting" / "Mayor Vows to Ban ... at Notting Hill Carnival")."""
    words = stem.split()
    for start in range(min(_CRUMB_WORDS, len(words)) + 1):
        tail = " ".join(words[start:])
        if len(words) - start >= _SITE_SUFFIX_HEADLINE_WORDS and after.startswith(tail):
            return True
    return False


def _repeated_headline(line: str, after: str) -> tuple[str, date | None] | None:
    """(headline, the date it carried) when ``after`` prints ``line`` again, bare of an
    appended date ("BBC Crimewatch Special - Tonight 18/8/11" / "BBC Crimewatch Special"),
    or in full under a page title cut short, a breadcrumb perhaps before it."""
    if after == line:
        return line, None
    if (cut := _ELLIPSIS.search(line)) and _cut_copy(line[: cut.start()], after):
        return after, None
    # (an office's blog names its post by the blog and the day, "Home Office in the
    # media: 19 April 2017", over the blog's name printed again: the dated line is the
    # headline, the bare one the site's)
    if (
        after
        and line.startswith(after)
        and (tail := _APPENDED_DATE.match(line[len(after) :]))
        and not office_site_name(after)
    ):
        when = stated_date(tail["date"])
        if when:
            return after, when
    return None


def _drop_site_lines(content: list[str], header: list[str]) -> date | None:
    """A site's name, tagline, contact notice or forum greeting above the headline
    ("MayorWatch" / "London News and Comment" / headline / "July 13, 2016 by ..."):
    the first line that its own repeat follows (past a date line), or a date line with at least two short
    lines above it (one could be a short headline over its subheading), is the headline,
    and the lines above it, all short or notices, go to the header. Returns the date
    the headline carried ("... - Tonight 18/8/11")."""
    for index in range(min(len(content) - 1, _ANCHOR_LINES)):
        line = content[index]
        dated = is_date_line(content[index + 1])
        # The repeat comes next, or after the date line ("Headline" / "• May 23, 2024" /
        # "Headline").
        repeat = content[index + 2] if dated and index + 2 < len(content) else content[index + 1]
        repeated = _repeated_headline(line, repeat)
        if repeated:
            line, when = repeated
        elif dated:
            if index == 1:
                return None
            when = None
        elif _page_line(line):
            continue
        else:
            return None
        if index and (not _looks_like_headline(line) or _LABELLED_LINE.match(line)):
            return None
        content[index] = line
        header.extend(content[:index])
        del content[:index]
        return when
    return None


# A line of hard-wrapped text: long, stopped mid-sentence, the next line going on in
# lower case ("... includes around 500" / "officers. The enquiry ..."). A list's short
# items, an item that opens in lower case and a lead-in's colon are not wrapped text. A text wrapped throughout (most of
# its long lines stop mid-sentence) goes on in capitals too ("... the Director of" /
# "Public Prosecutions").
_WRAPPED_LINE = 45
_WRAPPED_TEXT_LINES = 8
_CLOSERS = "\"”’')]"


_SENTENCE_ENDS = (".", "!", "?", ":", ";")


# A line that opens in lower case: a text without one has no wrapped lines to join (a
# wrapped text always has some). The pattern opens with its newline, which the regex
# engine finds fast; a test per line would cost more.
_LOWER_CASE_LINE = re.compile(r"\n[ \t]*[a-z]")


def _join_wrapped(content: list[str]) -> list[str]:
    """Hard-wrapped paragraphs joined back into one line each."""
    # which lines stop mid-sentence (one pass, inline: this runs on every release)
    stops = [
        len(line) >= _WRAPPED_LINE and not line.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)
        for line in content[:-1]
    ]
    open_lines = sum(stops)
    throughout = open_lines >= _WRAPPED_TEXT_LINES and 3 * open_lines >= 2 * sum(
        1 for line in content[:-1] if len(line) >= _WRAPPED_LINE
    )
    if not throughout and not any(
        stop and line[:1].islower() for stop, line in zip(stops, content[1:], strict=True)
    ):
        return content  # most releases: no line stopped mid-sentence goes on in lower case
    paragraphs: list[list[str]] = []  # each paragraph's lines, joined once at the end
    for index, line in enumerate(content):
        if (
            paragraphs
            and not paragraphs[-1][0][:1].islower()
            and stops[index - 1]
            and (
                # wrapped throughout, a line goes on in capitals or after a dash ("– is down")
                (throughout and (line[:1].isalnum() or line[:1] in "–—"))
                or (line[:1].islower() and not _BULLET.match(content[index - 1]))
            )
        ):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [" ".join(lines) for lines in paragraphs]


# A news site's section after its headline: "Drugs worth £4.3m seized ... | UK News",
# "... | London News", "... | News".
_SECTION_SUFFIX = re.compile(
    r"\s+\|\s+(?:(?:UK|London|World|Local|National|Regional|Crime|Politics|Business"
    r"|Breaking|Latest)\s+)?News$"
)


# A page title's site name after the headline: "Arrests rise | Counter Terrorism Policing",
# "... | Metropolitan Police", "... | The Law Society": up to five capitalised words
# (small joining words allowed), with at least three words of headline before the bar,
# the page's heading repeating the headline within a few lines (a notice may come between);
# without that repeat a Title Case phrase after a bar may be the headline's own, but a
# publication's name ("| The Sun", "| The Law Society": "The" and a name of a word or two)
# is no headline's part.
_SITE_SUFFIX = re.compile(
    r"\s+\|\s+(?:The\s+)?"
    r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w'’.&-]*){0,4}$"
)
_SITE_SUFFIX_HEADLINE_WORDS = 3
_SITE_HEADING_LINES = 3
_PUBLICATION_NAME = re.compile(r"\|\s+The\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)?$")


# A newspaper's name after a dash closing a page title: "... wear masks – Evening Standard".
_NEWSPAPER_SUFFIX = re.compile(r"\s+[–—-]\s+(?P<name>[^–—-]{3,60})$")
# A page title's site name after a dash, cut short by the copy: "Work of the Committee in
# 2020-21 - London ...": a capitalised word or two and the ellipsis.
_CUT_SITE_SUFFIX = re.compile(r"\s+[–—|-]\s+[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*)?\s*(?:\.{3}|…)$")


# A site's section before a page title's headline: "Articles - Headline".
_SECTION_PREFIX = re.compile(r"^(?:articles|features|news)\s+[–—-]\s+(?=[A-Z])", re.IGNORECASE)


def _clean_headline(line: str) -> str:
    line = _HEADLINE_SUFFIX.sub("", _HEADLINE_LABEL.sub("", line))
    line = _SECTION_PREFIX.sub("", line)
    if "|" in line:  # the cheap cue: most headlines have no pipe
        # and a page title's bar left dangling after it ("Ward Panel update |")
        line = _SECTION_SUFFIX.sub("", line).rstrip(" |")
    if (
        (site := _NEWSPAPER_SUFFIX.search(line))
        and _MASTHEAD_NAME.match(site["name"])
        and len(line[: site.start()].split()) >= _SITE_SUFFIX_HEADLINE_WORDS
    ):
        line = line[: site.start()]
    return line.strip()


def _drop_site_name(title: str, content: list[str]) -> str:
    """The headline of a page title "Headline | Site Name" whose page prints the headline
    again bare a few lines below, as its heading."""
    site = _SITE_SUFFIX.search(title)
    if site is None:
        return title
    headline = title[: site.start()]
    if len(headline.split()) < _SITE_SUFFIX_HEADLINE_WORDS:
        return title
    if _PUBLICATION_NAME.search(site.group()):
        return headline
    repeated = any(_clean_headline(line) == headline for line in content[:_SITE_HEADING_LINES])
    return headline if repeated else title


def _split_bullet(line: str) -> tuple[str, bool]:
    match = _BULLET.match(line)
    if match and match.end() < len(line):
        return line[match.end() :].strip(), True
    return line, False


def _looks_like_headline(line: str) -> bool:
    return (
        len(line) <= _MAX_HEADLINE
        and not line.endswith((".", ":", ";", ","))
        and not _BULLET.match(line)
        and not is_date_line(line)
    )


def _labelled_headline(line: str) -> bool:
    """A label's headline closed by a full stop, as some copies print it ("date
    2021-03-18 Mayor Urges Venues to Sign Charter."): one sentence, the label says what;
    or run on into its standfirst after a semicolon ("date 2021-06-18 Met Police issue
    dispersal order; orders give officers extra powers; three men arrested")."""
    label = _HEADLINE_LABEL.match(line)
    rest = line[label.end() :] if label else ""
    headline = rest.split("; ", 1)[0]
    return (
        (rest.endswith(".") or headline != rest)
        and not _SENTENCE_END.search(headline)
        and _looks_like_headline(headline.removesuffix("."))
    )


def _dated_stopped_headline(content: list[str]) -> bool:
    """A headline closed by a full stop over the page's date line ("Call for CCTV after
    attacks on the line." / "PUBLISHED: 12:10 06 September 2019"): one sentence, its date
    line under it tells it from a lead paragraph, which runs on into the next one."""
    return (
        len(content) > 1
        and content[0].endswith(".")
        and not _SENTENCE_END.search(content[0])
        and _looks_like_headline(content[0].removesuffix("."))
        and is_date_line(content[1])
    )


# A headline run on into its standfirst on one line, the standfirst opening the body too
# ("... is soaring, says Downing Street Police have foiled 13 Islamist plots ..." over
# "Police have foiled 13 Islamist plots in the last 18 months, including ..."): the
# words before the repeated opening are the headline.
_RUN_ON_WORDS = 6  # a later paragraph's opening words that must recur in the line
_RUN_ON_PARAGRAPHS = 4
_RUN_ON_MIN_HEADLINE = 20


# A written statement's heading run on into the line naming the minister who makes it,
# the name in brackets ("Improving Police Standards The Minister for Crime, Policing and
# Fire (Jane Doe) Last year, I ..."), as Hansard's pages are copied on one line.
_HEADING_OVER_MINISTER = re.compile(
    r"^(?P<heading>[A-Z][^.!?()]{9,150}?)\s+(?=The\s+(?:Minister|Secretary\s+of\s+State"
    r"|Parliamentary\s+Under-Secretary|Chancellor|Attorney\s+General|Solicitor\s+General)\b"
    r"[^.!?()]{0,100}\([A-Z][^()]{2,60}\)\s)"
)


def _run_on_headline(content: list[str]) -> tuple[str, str] | None:
    """(headline, standfirst) from a first line that runs one into the other."""
    first = content[0]
    if statement := _HEADING_OVER_MINISTER.match(first):
        return statement["heading"], first[statement.end() :]
    for later in content[1 : 1 + _RUN_ON_PARAGRAPHS]:
        words = later.split(maxsplit=_RUN_ON_WORDS)[:_RUN_ON_WORDS]
        if len(words) < _RUN_ON_WORDS or not words[0][:1].isupper():
            continue
        at = first.find(" " + " ".join(words), _RUN_ON_MIN_HEADLINE)
        if at < 0 or not first[at - 1].isalpha():
            continue  # not there, or after a sentence's end: no run-on
        headline = first[:at]
        if _looks_like_headline(headline):
            return headline, first[at + 1 :]
    return None


def derive_title(lead: str) -> str:
    """A short title from a lead paragraph: its first sentence, cut at a word."""
    # a page title whose site name after a dash the copy cut short, its ellipsis keeping
    # it from being read as a headline: the headline before the dash
    if (
        len(lead) <= _MAX_HEADLINE
        and (site := _CUT_SITE_SUFFIX.search(lead))
        and len(lead[: site.start()].split()) >= _SITE_SUFFIX_HEADLINE_WORDS
    ):
        return lead[: site.start()]
    sentence = _SENTENCE_END.split(lead, maxsplit=1)[0].rstrip(".")
    words = sentence.split()
    if len(words) <= _DERIVED_TITLE_WORDS:
        return sentence
    return " ".join(words[:_DERIVED_TITLE_WORDS]).rstrip(",;:–-") + "…"


# Who issues releases, as the text names them, most specific first.
_PUBLISHERS = [
    (
        "Mayor's Office for Policing and Crime",
        r"mayor'?s office for policing (?:and|&) crime|\bmopac\b",
    ),
    ("London Assembly", r"london assembly|\bassembly\b"),
    (
        "Prime Minister's Office",
        r"prime minister'?s office|10 downing street|\bnumber 10\b|\bno\.? ?10\b",
    ),
    ("Ministry of Justice", r"ministry of justice|\bmoj\b|\bjustice secretary\b"),
    ("Home Office", r"\bhome office\b|\bhome secretary\b"),
    (
        "Metropolitan Police",
        r"metropolitan police|\bmet police\b|\bthe met\b|new scotland yard|\bmps\b",
    ),
    ("Mayor of London", r"mayor of london|\bthe mayor\b|sadiq khan|city hall"),
]
# A London Assembly release's own cues: its duty press officer, its members speaking,
# a paragraph opening on the Assembly acting ("The London Assembly has today agreed",
# "Today, the London Assembly agreed a motion", "Tomorrow the London Assembly's committee
# will examine": its meeting's preview), or the lead opening on one of its own
# bodies ("The London Assembly’s Police and Crime Committee held ...": later in a news
# report, "The Assembly’s committee has called for ..." is the report's background);
# not one where it is told or shown something ("The Assembly was told that ...": a
# report of its meeting). A committee's chair introduced by the post first, the name in
# commas ("Chairman of the Police and Crime Committee, Jane Smith AM, said:"), is the
# Assembly's house style, where the text names the committee as the Assembly's.
# The lookahead holds the cues' first letters: most characters fail that one test
# instead of each cue's (the search runs over the whole text of every release).
_ASSEMBLY_CUES = re.compile(
    r"(?=[ltayc])(?:"
    r"london assembly (?:duty )?press (?:officer|office)"
    # a paragraph opening on the Assembly acting: its own release's lead, not a report's
    # later line telling of it ("The Assembly passed the motion ...")
    r"|(?P<acting>^(?:(?:today|yesterday|tomorrow|this (?:morning|afternoon|week)),? )?the (?:london )?assembly\b(?! (?:was|were|is|has been|had been) (?:told|shown|given|informed|briefed|reminded)\b| heard\b|['’]s\b))"
    r"|\Athe (?:london )?assembly['’]s\b"
    # (not the chair of another body known by its initials: "AM, Chair of the MPA")
    r"|\bAM,? (?:chair|chairman|deputy chair)\b(?!,? (?:of )?(?:the )?(?-i:[A-Z]{2,6})\b)"
    r"|^(?P<committee_chair>(?:deputy )?chair(?:man|woman)? of the [^,:\n]{3,80}? committee, [^,:\n]{3,60}, said:)"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
_ASSEMBLY_COMMITTEE = re.compile(
    r"\bassembly(?:['’]s)? (?:[\w&'’-]+ ){1,6}committee\b", re.IGNORECASE
)
# Those the Assembly's pages tell of, never the Mayor's.
_ASSEMBLY_MEMBER = re.compile(r"\bAssembly Members?\b")
# A member quoted by the post-nominal ("Jane Doe AM said:", "Jane Doe AM, who proposed
# the motion, said:"), not one only named ("presented by Jane Doe AM").
_MEMBER_SPEAKING = re.compile(r"\b[A-Z][\w’'-]+ AM\b[^.\n]{0,60}?\b(?:said|says|added)\b")
# A headline opening on the Assembly as its subject: "London Assembly responds to ...".
_ASSEMBLY_HEADLINE = re.compile(r"^(?:The )?London Assembly\b(?! logo)")
# A london.gov.uk motion's own page heads its text so.
_MOTION_HEADING = "Motion detail"
# Every cue above names the Assembly or a chair. Ignoring case, the regex engine also
# reads "ſ" as s and "ı"/"İ" as i, which lower() does not: text holding none of those
# three letters and neither word in any case has no cue, and skips the search.
_CUE_WORDS = ("assembly", "chair")
# The Assembly's own release tells of it acting in its first paragraphs (under its
# bullet points); a report names it acting further down, after its own lead.
_ASSEMBLY_LEAD_LINES = 8
_FOLDED_LETTERS = "\u017f\u0131\u0130"


def _assembly_cued(text: str, lead_end: int) -> bool:
    """An Assembly cue in ``text``, the Assembly acting only before ``lead_end``."""
    lowered = text.lower()
    if not any(word in lowered for word in _CUE_WORDS) and not any(
        letter in text for letter in _FOLDED_LETTERS
    ):
        return False
    return any(
        (not cue["committee_chair"] or _ASSEMBLY_COMMITTEE.search(text))
        and (not cue["acting"] or cue.start() < lead_end)
        for cue in _ASSEMBLY_CUES.finditer(text)
    )


def _named_publishers(who: str) -> list[str]:
    """Canonical publishers named in "the Home Office and the Metropolitan Police"."""
    lowered = who.replace("’", "'").lower()
    found: list[str] = []
    for name, pattern in _PUBLISHERS:
        if re.search(pattern, lowered):
            found.append(name)
            lowered = re.sub(pattern, " ", lowered)
    return found


# A headline naming its issuer: "Home Office response to ...", "Home Secretary
# statement on ...", "Number 10 Press Briefing - Morning From 26 July 2010"; its message
# to the public: "Met Police – Message to the Community", "Message from the Metropolitan
# Police Commissioner"; a statement with its subject after it ("Statement from the Mayor
# of London on ..."), not a letter so headed, which its recipient publishes as often.
_TITLE_ISSUERS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^(?P<who>.{3,60}?)(?:'s)?\s+(?:response|statement|press briefing)\b",
        r"^(?P<who>.{3,60}?)\s+[–—-]\s+(?:message|statement|letter)\b",
        r"^(?:message|statement|letter)\s+from\s+(?P<who>.{3,60})$",
        r"^statement\s+from\s+(?P<who>.{3,60}?)\s+(?:on|about|regarding|concerning|following)\s",
    )
)
# An office's annual report by its name: "MOPAC Annual Report 2014-15", "Annual Report
# 2012-13 the Mayor's Office for Policing and Crime".
_REPORT_TITLES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^(?P<who>.{3,60}?)(?:'s)?\s+annual\s+report\b",
        r"^annual\s+report\s+\d{4}(?:[-/–]\d{2,4})?\s+(?P<who>.{3,60})$",
    )
)
# The offices a headline may name as its issuer, as the words of its name read.
_TITLE_OFFICE = re.compile(
    r"(?:the )?(?:home office|home secretary|number 10|no 10|downing street"
    r"|prime minister s office|(?:metropolitan police(?: service)?|met police)(?: commissioner)?"
    r"|mopac|mayor s office for policing and crime|mayor of london)"
)


def _title_issuer(title: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The one office a headline names as its issuer, in one of ``patterns``' forms."""
    heading = title.replace("’", "'")
    for pattern in patterns:
        match = pattern.match(heading)
        if match and (named := _named_publishers(match["who"])) and len(named) == 1:
            if _TITLE_OFFICE.fullmatch(re.sub(r"\W+", " ", match["who"].lower()).strip()):
                return named[0]
    return None


# An Assembly Member's own news page: "News from Unmesh Desai: ...".
# A note on the member after the name is part of the heading: "News from John Biggs (past
# staff): ...", "News from Sian Berry (former AM): ...".
_MEMBER_NEWS = re.compile(r"^[Nn]ews from [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+(?: \([^()]{1,30}\))?:")


# A headline giving the Prime Minister's own words: "PM statement on ...", "Prime
# Minister's speech at ...", "PM remarks ...".
_PM_TITLE = re.compile(
    r"^(?:the\s+)?(?:PM|Prime\s+Minister)(?:['’]s)?:?\s+(?:statement|speech|remarks|"
    r"press\s+conference|article|letter|words)\b",
    re.IGNORECASE,
)
# The summary line of No 10's record of its spokesperson's lobby briefing: "The Prime
# Minister's Spokesperson (PMS) answered questions on ...". A report of the briefing says
# what the spokesperson said, not what questions were answered.
_PM_BRIEFING_SUMMARY = re.compile(
    r"^The Prime Minister['’]s Spokes(?:person|man|woman)(?: \(PMS\))? answered questions\b",
    re.IGNORECASE,
)
# GOV.UK's line on a page kept from an earlier government.
_GOV_UK_HISTORY = re.compile(r"^This was published under the \d{4} to \d{4} .{3,80} government$")
_POSTED_BY_GROUP = re.compile(
    r"^(?i:(?:posted\s+)*by:?)\s+(?P<who>(?:[A-Z][\w'’-]*\s+){1,4}?"
    r"(?:Conservatives|Labour|Liberal\s+Democrats|Lib\s+Dems|Greens|Green\s+Party|Group))"
    r"(?:\s+in\b|\s*$)"
)


# GOV.UK's line of the bodies a page is from, under its headline: "From: Prime Minister's
# Office, 10 Downing Street and Home Office" (a joint release names both).
_FROM_LINE = re.compile(r"^From:\s+(?P<who>.{3,200})$")
_FROM_LINES = 8
# An official statistics page's details under its heading name the body whose
# statistics they are: "Home Office responsible statistician: <name>", "Forthcoming
# releases: Home Office statistics release calendar". Only an office's name alone there.
_STATISTICS_ISSUER = re.compile(
    r"^(?:(?P<who>[^:]{3,60}?)\s+responsible\s+statistician\s*:"
    r"|forthcoming\s+releases?\s*:\s*(?P<calendar>[^:]{3,60}?)\s+statistics\s+release\s+calendar$)",
    re.IGNORECASE,
)
_STATISTICS_LINES = 12
_RECORD_LINES = 12
_DEPARTMENT_DEBATES = re.compile(r"^\d+\s+[A-Z].{2,80}\sdebates\s+involving\s+the\s+[A-Z]")


def _is_office_name(text: str) -> bool:
    """The name of one office alone: "Home Office", "Mayor of London"."""
    return bool(_SITE_NAME.match(text)) or text in (
        name.lower().replace("’", "'") for name, _ in _PUBLISHERS
    )


# A post signed at its end by its author's name and post: "Mayor of London, Sadiq Khan",
# "Sadiq Khan, Mayor of London", "Sir Mark Rowley, Commissioner of the Metropolitan Police".
_SIGNATURE_NAME = re.compile(
    r"^(?:(?:Sir|Dame|Dr|Rt Hon|The Rt Hon)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$"
)
_SIGNATURE_WORDS = 12


def _signed_by_office(lines: list[str]) -> str | None:
    """The office whose holder signs a post of their own words: the text's last line is
    the name and the post alone, after a finished sentence, and nothing in the text is
    quoted (a release quoting its speakers is signed by no one)."""
    if len(lines) < 2:
        return None
    last = lines[-1].strip().rstrip(".")
    if len(last.split()) > _SIGNATURE_WORDS or last.count(",") != 1:
        return None
    if not lines[-2].rstrip().endswith((".", "!", "?")):
        return None
    first, second = (part.strip() for part in last.split(","))
    for name, post in ((second, first), (first, second)):
        if not _SIGNATURE_NAME.match(name):
            continue
        named = _named_publishers(post)
        if len(named) == 1 and not any(mark in "".join(lines) for mark in '“”"'):
            return named[0]
    return None


# The force writing in its own voice, in its opening lines, outside quote marks: "we have
# been implementing a well-planned policing operation", "we have arrested 850 people",
# "we've already seen some really promising success".
_WE_ACT = re.compile(
    r"\b[Ww]e(?:\s+(?:have|are|will|were|had|continue|remain)|['’](?:ve|re|ll))\b"
    r"(?:\s+(?:already|now|also))?(?:\s+been)?"
    r"\s+(?:[a-z]+ing|[a-z]+ed|made|seen|taken)\b"
)
_MET_NAMED = re.compile(r"\b(?:Met|Metropolitan Police)\b")
# The force itself, not a body named after it ("the Metropolitan Police Federation").
_MET_AS_FORCE = re.compile(r"\b[Tt]he (?:Met|Metropolitan Police(?: Service)?)\b(?! Federation)")
# Another body that could be the "we": then the voice is not told to be the force's.
_OTHER_BODIES = re.compile(
    r"\b(?:Home Office|Home Secretary|Mayor|MOPAC|Assembly|City Hall|Government|Council|"
    r"Ministry|Minister|Department|Trust|Charity)\b"
)
_VOICE_LINES = 2
# Under the newsroom's item label the force may speak as "we" a paragraph later, after
# the lead and its second fact ("The Met is prioritising ... We are also strengthening").
_NEWSROOM_VOICE_LINES = 3


def _in_the_forces_voice(lines: list[str], text: str, read: int = _VOICE_LINES) -> bool:
    """A page of the Met's own news site: its opening lines speak as "we" (before any
    quote mark), the text names the Met and no other body that could be speaking."""
    for line in lines[:read]:
        head = re.split(r"[“”\"]", line, maxsplit=1)[0]
        if "e " in head and _WE_ACT.search(head):
            return bool(_MET_NAMED.search(text)) and not _OTHER_BODIES.search(text)
    return False


# The Met as a lead paragraph's subject, not one of its people, nor what it said or is
# said to say ("The Met Police say ..."), nor acted on ("... has been urged to ...").
_OFFICE_LEAD = re.compile(
    r"^(?:the )?(?:metropolitan police|met police|met(?:'s)?(?! police))\b"
    r"(?! (?:(?:deputy|assistant|acting) )?commissioner| chief\b| boss\b| cops?\b)"
    r"(?!(?: service)?(?: \w+)? (?:announced|confirmed|revealed|said|says?|told|described"
    r"|ha(?:s|ve) been \w+(?:ed|en))\b)"
)
# The force's words told in the third person ("The Met also said", "The Met Police said
# 22 venues had been closed"): a report about the force, not the force's own release.
# A lead opening on one of the force's own units or works ("The Met's Specialist Crime
# Command have recovered ..."): the force writing about itself. A lead naming the force
# as its subject ("The Met is appealing for ...") opens reports and copies on any site
# as readily, and is no cue by itself.
_OWN_UNIT_LEAD = re.compile(r"^(?:the )?met(?:ropolitan police)?(?: service)?'s\b")
_MET_REPORTED = re.compile(
    r"\bThe (?:Met|Metropolitan Police|Met Police)(?: Service)?(?: also)? said\b"
)
_LEAD_ENDS = (".", "!", "?", ".”", '."', ".’", ":")
# A lead sentence closed by someone else's attribution ("The Met will get an extra £65m
# ..., a Home Office minister said on Tuesday."): a report of their words, not the force
# writing about itself.
_ANNOUNCED_TODAY = re.compile(
    r"\b(?:announced|launched|unveiled) (?:today by (?:the )?(?P<who>[\w' ]{3,60}?)[.,]"
    r"|by (?:the )?(?P<who_then>[\w' ]{3,60}?) today\b)"
)
_HOME_OFFICE_LEAD = re.compile(
    r"^the (?:home office|home secretary)\b(?:, [^,]{3,40},)?"
    r"(?P<today> (?:today|this (?:morning|afternoon))\b)?"
)
_STATEMENT_TYPE = re.compile(r"^(?:oral|written) statement to parliament$", re.IGNORECASE)
_LEAD_SAID_BY = re.compile(
    r"^[^.]*?,\s+(?:a|an|the)\s+[^,.]{2,60}?\s+(?:said|says|announced|confirmed|revealed)\b[^.,]*\."
)


# A picture's caption between a newsroom item's dateline and its lead: a few words, no
# sentence ("Assistant Commissioner Jane Doe").
_CAPTION_OVER_LEAD_WORDS = 8


def _newsroom_lead(lines: list[str]) -> str:
    """The lead paragraph of a newsroom's item, past a picture's caption over it."""
    first = lines[0]
    if (
        len(lines) > 1
        and len(first.split()) <= _CAPTION_OVER_LEAD_WORDS
        and not first.endswith(_LEAD_ENDS)
    ):
        return lines[1]
    return first


def _publisher(
    lines: list[str],
    header: list[str],
    issuer: str | None = None,
    title: str = "",
    dated: bool = False,
    bylined: bool = False,
) -> str | None:
    """Who issued the release, from its own cues (a joint release names both).

    A page with a reporter's byline by its date ("July 11, 2013 - Martin Hoscik", "by
    Brian Sims") is a news site's copy: the release's own words in it (an Assembly
    chair speaking, "The Met's ...", a spokesperson) do not make it the issuer's page;
    only a line naming the issuer does."""
    if issuer:  # "issued by the Home Office on ...": the release says so itself
        named = _named_publishers(issuer)
        if named:
            return " and ".join(named)
    for line in lines[:_FROM_LINES]:  # GOV.UK: "From: Home Office and The Rt Hon ... MP"
        if (
            line.startswith("From:")
            and (source := _FROM_LINE.match(line))
            and (named := _named_publishers(source["who"]))
        ):
            return " and ".join(named)
    for line in lines[:_STATISTICS_LINES]:  # an official statistics page's own details
        if (details := _STATISTICS_ISSUER.match(line)) and _is_office_name(
            (who := details["who"] or details["calendar"]).replace("’", "'").lower()
        ):
            return _named_publishers(who)[0]
    if issued := _title_issuer(title, _TITLE_ISSUERS):
        return issued
    if _MEMBER_NEWS.match(title):
        return "London Assembly"
    if _PM_TITLE.match(title) and any(_GOV_UK_HISTORY.match(line) for line in lines[:_FROM_LINES]):
        # A GOV.UK page of the Prime Minister's own words ("PM statement on violence in
        # England", "This was published under the 2010 to 2015 ... government"): No 10's.
        return "Prime Minister's Office"
    if any(_PM_BRIEFING_SUMMARY.match(line) for line in lines[:_FROM_LINES]):
        return "Prime Minister's Office"
    for line in header:  # the site's own name over the page ("Home Office")
        # or as its breadcrumb's root (".......... MPS Home /// Press Bureau Index Page")
        site = crumb["site"] if (crumb := _CRUMB_ROOT.match(line)) else line
        if office_site_name(site) and (named := _named_publishers(site)):
            return named[0]
        # a newsroom's button to follow the office whose newsroom it is ("Follow
        # Metropolitan Police"): the office's name alone
        if (
            line.startswith("Follow ")
            and _is_office_name(line[7:].replace("’", "'").lower())
            and (named := _named_publishers(line[7:]))
        ):
            return named[0]
    # The Met newsroom's browser title over its item label ("Met Police make 32 arrests
    # ..." / "Press release -"): a page of the force's own news site.
    if any(
        _ITEM_LABEL.match(line) and _MET_NAMED.search(above) for above, line in pairwise(header)
    ):
        return "Metropolitan Police"
    text = "\n".join(lines)
    # The same newsroom's item label with no browser title above it, or one not naming
    # the force ("Skip to content" / "News -" / "More domestic abuse victims protected"),
    # or its label before the date under the headline ("News • Jan 10, 2020 15:10 GMT"):
    # the lead paragraph names the Met as the force whose work it reports, or the
    # headline opens on it as its subject ("Met sets out policing approach ..."), or the
    # force speaks as "we" in its first paragraphs.
    if (
        not bylined
        and lines
        and any(_ITEM_LABEL.match(line) or _DATED_ITEM_LABEL.match(line) for line in header)
        and (
            _MET_AS_FORCE.search(re.split(r"[“”\"]", _newsroom_lead(lines), maxsplit=1)[0])
            or _OFFICE_LEAD.match(title.replace("’", "'").lower())
            or _in_the_forces_voice(lines, text, _NEWSROOM_VOICE_LINES)
        )
    ):
        return "Metropolitan Police"
    head = " ".join(header).lower()
    if (
        any(line.strip().lower() == "london assembly" for line in header)
        or (not bylined and _assembly_cued(text, len("\n".join(lines[:_ASSEMBLY_LEAD_LINES]))))
        # a motion's own page: its "Motion detail" heading over "This Assembly notes ..."
        or (_MOTION_HEADING in lines[:_FROM_LINES] and "Assembly" in text)
    ):
        return "London Assembly"
    if "london assembly logo" in head and (
        # each cue's words looked for first: a search led by "\b" scans the whole text slowly
        ("Assembly Member" in text and _ASSEMBLY_MEMBER.search(text))
        or (" AM" in text and _MEMBER_SPEAKING.search(text))
        or _ASSEMBLY_HEADLINE.match(title)
    ):
        # the logo line the Mayor's and the Assembly's pages share, over a page telling
        # of its Assembly Members (a member's release, a committee's minutes), quoting
        # one by the post-nominal, or headed by the Assembly acting ("London Assembly
        # responds to ...")
        return "London Assembly"
    if "mayor of london logo" in head or "london assembly logo" in head:
        return "Mayor of London"
    if "metropolitan police logo" in head or "met police logo" in head:
        return "Metropolitan Police"
    # an office's annual report, on no site's logoed page: the office's
    if reported := _title_issuer(title, _REPORT_TITLES):
        return reported
    # A syndicated copy's "Source: United Kingdom London Metropolitan Police" at the
    # top, or a republished release's "Source: Home Office" anywhere: only the office's
    # name alone there ("Source: Home Office statistics" is where a figure comes from).
    for number, line in enumerate([*header, *lines]):
        lowered = line.replace("’", "'").lower()
        if not lowered.startswith("source:"):
            continue
        named = _named_publishers(lowered[7:])
        if named and (number < len(header) + 3 or _is_office_name(lowered[7:].strip())):
            return named[0]
    # A party group's own page: "Posted by GLA Conservatives in News".
    for line in lines[:3]:
        if group := _POSTED_BY_GROUP.match(line):
            return group["who"]
    if bylined:
        return None
    # The lead paragraph's subject is the office writing about itself ("The Met's
    # Specialist Crime Command ..."); a later line is not, nor a newspaper's "Met cops" or
    # "Met Police chief" (one of its people), nor the office told of ("The Met yesterday
    # announced ...": a report of what it said), nor a caption (no sentence).
    lowered = lines[0].replace("’", "'").lower() if lines else ""
    if (
        _OWN_UNIT_LEAD.match(lowered)
        and lowered.endswith(_LEAD_ENDS)
        and not _MET_REPORTED.search(text)
        and not _LEAD_SAID_BY.match(lowered)
    ):
        return "Metropolitan Police"
    # "The Home Secretary today warned ...": the office's own voice on the day it speaks,
    # or its minister's statement on a page typed as one ("Oral statement to Parliament");
    # a report's lead of what the office did ("The Home Secretary has promised ...", "The
    # Home Office is giving forces £10 million") is as much a news site's.
    if (lead := _HOME_OFFICE_LEAD.match(lowered)) and (
        lead["today"] or any(_STATEMENT_TYPE.match(line) for line in header)
    ):
        return "Home Office"
    # "... was announced by the Home Office today.": the lead telling of the office's own
    # announcement on the day it makes it
    if (announced := _ANNOUNCED_TODAY.search(lowered)) and _is_office_name(
        who := announced["who"] or announced["who_then"]
    ):
        return _named_publishers(who)[0]
    if re.match(r"^the mayor'?s office for policing and crime\b", lowered):
        return "Mayor's Office for Policing and Crime"
    # "A Home Office spokesperson said:": the office speaking for itself. Anyone else
    # speaking (a commander, "London mayor Sadiq Khan", "The Mayor") is quoted as
    # readily in a copy elsewhere; the Mayor's own dated page gives him his full style
    # first ("The Mayor of London, Sadiq Khan, said:").
    for line in lines:
        match = re.search(r"^(.{3,160}?)(?:,)?\s+(?:said|says|added)\s*:", line)
        if match:
            speaker = match.group(1).lower()
            if re.search(r"\bhome office (?:spokes(?:person|man|woman)|press office)", speaker):
                return "Home Office"
            if dated and re.match(r"the mayor of london,? \w+ \w+$", speaker):
                return "Mayor of London"
            break
    if signed := _signed_by_office(lines):
        return signed
    if _in_the_forces_voice(lines, text):
        return "Metropolitan Police"
    lowered_text = text.lower()
    if "london.gov.uk" in lowered_text:
        return "Mayor of London"
    if "met.police.uk" in lowered_text:
        return "Metropolitan Police"
    return None


# An office's e-mail forwarded with its header kept ("From: Press Bureau [mailto:...]" /
# "Sent: 25 May 2012 11:59"), under a list's or a forum's own lines: the office sent the
# release, on that day. Another sender's header (the one forwarding it) tells neither.
_SENT_LINE = re.compile(r"^Sent:\s+(?P<date>.{4,60})$")
_FORWARDED_LINES = 20


def _forwarded_from_office(content: list[str]) -> tuple[str, date | None] | None:
    """The office a forwarded e-mail is from, and the day it was sent."""
    for line, after in pairwise(content[:_FORWARDED_LINES]):
        if (
            line.startswith("From:")
            and (sent := _SENT_LINE.match(after))
            and is_date_line(sent["date"])
            and _named_publishers(line[5:])
        ):
            return line[5:], stated_date(sent["date"])
    return None


# A picture stored in Markdown on a line of its own: "![Officers at the scene](/upload/a.jpg)".
_MARKDOWN_IMAGE = re.compile(r"^!\[(?P<alt>[^\[\]]*)\]\([^()\s]*\)$")


def _image_text(line: str) -> str:
    """A Markdown picture's line as the words the page gives it (its alternative text, as a
    page copied as text shows it), without its address; the line as it is otherwise."""
    image = _MARKDOWN_IMAGE.match(line)
    return image["alt"].strip() if image else line


def parse_release(raw: str, source: str = "", today: date | None = None) -> ParsedRelease:
    """Parse the raw text of one release (pure: no I/O)."""
    today = today or date.today()
    # Entities decoded first: an "&#27;" must not bring back a control character.
    cleaned = strip_controls(decode_markup(raw))
    lines = [collapse_spaces(line) for line in cleaned.split("\n")]
    lines = [_image_text(line) if line.startswith("![") else line for line in lines]
    lines = [line for line in lines if line]

    # Header: furniture and the stated date, up to the first line of content.
    header: list[str] = []
    stated: date | None = None
    position = 0
    while position < len(lines):
        line = lines[position]
        widget, clock = _weather_widget(lines, position)
        if widget:
            # the widget is the page's; its clock's date is read nowhere
            header.extend(lines[position : position + widget - clock])
            position += widget
            continue
        # a byline with its date over the headline ("Jane Smith 31 July 2023"): the page's
        byline = (
            _byline_date(line)
            if position + 1 < len(lines) and _looks_like_headline(lines[position + 1])
            else None
        )
        # a copy's metadata line may open on its own date over the page's date line ("date
        # 2021-10-05 Published: 12:22 PM October 5, 2021"): the page's line is read
        unlabelled = _HEADLINE_LABEL.sub("", line, count=1)
        if is_site_clock(line):
            # the day the page was read: dropped, as no header line's date may be read off it
            position += 1
            continue
        if (
            _is_header_furniture(line)
            or is_date_line(unlabelled)
            or (
                position < _SITE_NAME_LINES
                and office_site_name(line)
                # a debate's heading over the note of what the copy keeps of it
                # ("Metropolitan Police Service" / "(Limited Text - Ministerial ...)")
                and not (position + 1 < len(lines) and _EXTRACTS_NOTE.match(lines[position + 1]))
            )
            or byline
        ):
            stated = stated or stated_date(unlabelled) or byline
            header.append(line)
            position += 1
            # furniture wrapped mid-sentence goes on in the next line, in lower case; a
            # report's contents heading is followed by the page's summary of the report
            # ("Contents" / "Report 8 of the ... meeting, with an outline of ..."), over
            # the report's own heading
            if position < len(lines) and (
                (line.endswith((";", ",")) and lines[position][:1].islower())
                or (_CONTENTS_HEADING.match(line) and lines[position].endswith("."))
            ):
                header.append(lines[position])
                position += 1
            continue
        if position + 1 < len(lines) and (
            _breadcrumb(line, lines[position + 1])
            or _label_over_headline(line, lines[position + 1])
        ):
            header.append(line)
            position += 1
            continue
        glued = split_glued_date(line)
        if glued:  # "» Thursday, July 20, 2006Street crime": the date, then the headline
            stated = stated or glued[0]
            header.append(line)
            lines[position] = glued[1]
        break
    # The Met's page: its browser title over the item's label ("Press release -", "News
    # -") and the page's heading under the label, which is the headline (the two differ).
    if (
        position + 2 < len(lines)
        and _ITEM_LABEL.match(lines[position + 1])
        and _looks_like_headline(lines[position])
        and _looks_like_headline(lines[position + 2])
    ):
        header.extend(lines[position : position + 2])
        position += 2
    # "Created on" / "28 May 2019" below a photo caption under the headline: the label
    # on a line of its own, the date on the next.
    if not stated:
        for index in range(position, min(len(lines) - 1, position + _LABELLED_DATE_LINES)):
            if _DATE_LABEL_ONLY.match(lines[index]) and is_date_line(lines[index + 1]):
                stated = stated_date(lines[index + 1])
                if stated and index + 1 > position:
                    del lines[index + 1]
                break
            # a listing's header row, its first column the date ("Date Title Questioner"),
            # over the row it heads ("26 Jun 2018, 12:34 p.m. Police: Greater London ...")
            if _DATE_COLUMNS.match(lines[index]) and (row := stated_date(lines[index + 1])):
                stated = row
                break
    content = [line for line in lines[position:] if not _is_furniture(line)]
    # a listing of dated items opening on its first item's date ("18 March 2015" / its
    # summary / "26 February 2015" / ...): the dates are the items', the page states none
    dated_items = (
        sum(map(is_date_line, content[:_LABELLED_DATE_LINES])) >= _LISTED_DATES
        and bool(header)
        and is_date_line(header[-1])
    )
    if dated_items:
        header.pop()
        stated = None
    if not stated:
        header_dates = (stated_date(line) for line in header)
        stated = next((d for d in header_dates if d), None)

    listing = content.pop(0) if content and _DEPARTMENT_DEBATES.match(content[0]) else ""
    if listing:
        # a member's listing of debates with a department over one of them ("34 Jane Doe
        # debates involving the Home Office" / "Oral Answers to Questions"): the page's
        # line, naming the department; the debate's heading follows
        header.append(listing)
    if len(content) > 1 and (sitting := parliamentary_record(content[1])) and sitting[1]:
        # a debate's sitting under its heading ("Grenfell Tower" / "Volume 626: debated
        # on Thursday 22 June 2017"): the page's line, the one over it the headline
        header.append(content.pop(1))
        stated = stated or sitting[1]
    _drop_self_signed_site(content, header)
    _drop_navigation(content, header)
    _drop_masthead(content, header)
    _drop_blog_masthead(content, header)
    _drop_caption(content, header)
    _drop_tagline(content, header)
    _drop_newspaper_masthead(content, header)
    _drop_lone_label(content, header)
    _drop_section_label(content, header)
    appended = _drop_site_lines(content, header)
    stated = stated or appended
    # a date among the site's lines taken off above the headline (its masthead's date
    # banner) is read only where the release states none of its own under its headline
    # ("19th May 2019" / headline / standfirst / "Published: 25 November, 2016")
    site_dated = (
        next((d for d in (stated_date(line) for line in header) if d), None)
        if content and not stated
        else None
    )
    if (
        content
        and _BULLET.match(content[0])
        and _HEADLINE_LABEL.match(_split_bullet(content[0])[0])
    ):
        content[0] = _split_bullet(content[0])[0]  # "• PRESS RELEASE : Title" on a listing page
    title = ""
    # a reporter's byline by its date, or a news site's "Breaking" tag over the page: a
    # news site's copy of the release, not the issuer's own page
    bylined = any(_dated_byline(line) or _news_tag(line) for line in header)
    # "Headline Standfirst ..." on one line, whether or not the standfirst ends in a stop
    if content and (run_on := _run_on_headline(content)):
        # (the headline keeps no label: "date 2017-06-05 Headline Standfirst ...")
        title, content[0] = _clean_headline(run_on[0]), run_on[1]
    elif content and (
        _looks_like_headline(content[0])
        or _labelled_headline(content[0])
        # (not an item's summary on a listing, each item under its own date)
        or (not dated_items and _dated_stopped_headline(content))
    ):
        labelled = _HEADLINE_LABEL.match(content[0]) is not None
        title = _clean_headline(content.pop(0)).removesuffix(".")
        if labelled and "; " in title:
            # the headline ends at the semicolon; the standfirst after it opens the text
            title, standfirst = title.split("; ", 1)
            content.insert(0, standfirst)
        if "|" in title:  # the cheap cue: most headlines have no pipe
            title = _drop_site_name(title, content)
        if trailing := split_trailing_date(title):  # "Headline 10 March 2023 09:15"
            title, stated = trailing[0], stated or trailing[1]
        # a letter's page headed by what it is and its date ("Letter from the Home
        # Secretary to ..., dated 22 March 2022"): the letter's own date, read before a
        # page's "Updated" stamp under the headline, which is the page's
        if " dated " in title:
            stated = stated or headline_date(title)
        # A date line under the headline, and the headline repeated after it (001).
        # A byline over its date line too ("by LLB political Reporter" / "25th May 23 12:10 pm").
        while content:
            if is_date_line(content[0]) or _clean_headline(content[0]) == title:
                line = content.pop(0)
                stated = stated or stated_date(line)
                bylined = bylined or _dated_byline(line)
                if _DATED_ITEM_LABEL.match(line):
                    header.append(line)  # the newsroom's label: a cue to whose page it is
            elif labelled and content[0].startswith(title) and _looks_like_headline(content[0]):
                # a label's line with the headline cut short ("TFL PRESS RELEASE:Title")
                # over the headline in full ("Title as part of ..."): the full one; a
                # picture's caption repeating the headline ("Title. Picture: Alamy") is
                # dropped as the repeated headline is, the title kept
                line = _clean_headline(content.pop(0))
                title = title if _PHOTO_CREDIT.search(line) else line
            elif office_site_name(content[0]):
                # the issuing office's name alone under the headline (a copy of the
                # page: "Prime Ministers Office 10 Downing Street"): the page's, as above
                # it; printed twice, it is a picture's credit and names no publisher
                line = content.pop(0)
                if content and content[0] == line:
                    del content[0]
                else:
                    header.append(line)
            elif len(content) > 1 and (when := split_date_lines(content[0], content[1])):
                stated = stated or when  # "August 1" / "16:01 2024"
                del content[:2]
            elif len(content) > 1 and _BYLINE.match(content[0]) and is_date_line(content[1]):
                stated = stated or stated_date(content[1])
                bylined = True
                del content[:2]
            elif when := _byline_date(content[0]):
                # the byline with its date under the headline ("By Jane Smith on July 31, 2023")
                stated, bylined = stated or when, True
                del content[0]
            elif (
                len(content) > 1
                and len(content[0].split()) <= _TAG_LINE_WORDS
                and not content[0].endswith((".", "!", "?", ":"))
                and _clean_headline(content[1]) == title
            ):
                # the site's tags between the headline and its repeat ("gangs, youth violence")
                del content[:2]
            elif len(content) > 1 and not stated and (when := _byline_date(content[1])):
                # a standfirst between the headline and its dated byline ("Riddle over ...
                # as ..." / "By Jane Smith | 10 January 2014"): the byline's date is stated;
                # the standfirst stays the story's
                stated, bylined = when, True
                del content[1]
                break
            else:
                break
    # "Number 10 Press Briefing - Morning From 26 July 2010": the headline's own date.
    if title and not stated:
        stated = headline_date(title)
    # A labelled date line among the first lines ("Case Number: 09-0608" / "Date: March 16, 2009"),
    # or a label over its date ("First published:" / "8 December 2015").
    if not stated:
        for index, line in enumerate(content[:_LABELLED_DATE_LINES]):
            # a bulleted field of details ("• Meeting date: 01 December 2022") is one too
            field, bulleted = _split_bullet(line)
            if (label := _DATE_LABEL.match(field)) and is_date_line(field[label.end() :]):
                if bulleted:
                    stated = _listed_date(label[0], content)
                    break
                stated = stated_date(field[label.end() :])
                del content[index]
                break
            if (meeting := _MEETING_ON.match(line)) and is_date_line(meeting["date"]):
                stated = stated_date(meeting["date"])  # the page's field stays in the body
                break
            if _RUN_ON_FIELDS.match(line) and (when := _run_on_field_date(line)):
                stated = when  # the meeting's header stays in the body
                break
            if (
                _DATE_LABEL.fullmatch(line)
                and index + 1 < len(content)
                and is_date_line(content[index + 1])
            ):
                stated = stated_date(content[index + 1])
                del content[index : index + 2]
                break
            if noted := _DATED_DOCUMENT.match(line):
                stated = stated_date(noted["date"])  # the sentence stays in the body
                break
            if line.startswith(_DATE_HEADING_MARKS) and is_date_line(line):
                stated = stated_date(line)
                del content[index]
                break
    # A date line a standfirst away from the headline ("Theresa May has promised ..." /
    # "Tuesday, 5th March 2019, 7:54 am" / "Updated ..."), or a dateline opening the first
    # paragraph ("met-officer-met.jpg18th January 2011: Latest crime figures ...").
    if title and not stated:
        # a line the page prints twice (a picture's alternative text and its caption)
        # is read once: the date line may come after both
        lines_read = _DATE_AFTER_STANDFIRST
        lines_read += sum(a == b for a, b in pairwise(content[: _DATE_AFTER_STANDFIRST * 2]))
        # and so is a photo's credit line under them, or a reporter's byline over the date
        # line ("By Jane Smith" / "12 Jul 2024")
        # and so is a page's field of details ("Department: Home Office"), and an archive's
        # notice under the headline ("This is archived material ..." / "See the ... website
        # for further information.") over the headline repeated and its date
        lines_read += sum(
            bool(
                _CREDIT_LINE.match(line)
                or _BYLINE.match(line)
                or _DETAILS_FIELD.match(line)
                or _HEADER_FURNITURE.match(line)
            )
            for line in content[: _DATE_AFTER_STANDFIRST * 2]
        )
        # and so is every caption line over a photo's credit, however many the page
        # gives the photo: the byline's date comes straight after the credit
        credits = [
            index
            for index, line in enumerate(content[: _DATE_AFTER_STANDFIRST * 2])
            if _CREDIT_LINE.match(line)
        ]
        if credits:
            lines_read = max(lines_read, credits[-1] + 2)
        # and so is every line over a reporter's name glued to its date, whoever the
        # photo's credit is ("Islington Council" / "Jane Smith11 October 2024")
        byline_at = next(
            (
                index
                for index, line in enumerate(content[: _DATE_AFTER_STANDFIRST * 2])
                if len(line) <= _DATELINE_CHARS and glued_byline_date(line)
            ),
            None,
        )
        if byline_at is not None:
            lines_read = max(lines_read, byline_at + 1)
        for index, line in enumerate(content[:lines_read]):
            if is_date_line(line):
                stated = stated_date(line)
                # a reporter's name alone over it ("Jane Smith" / "10 March 2016")
                bylined = bylined or (index > 0 and _full_name_alone(content[index - 1]))
                while index < len(content) and is_date_line(content[index]):
                    del content[index]
                break
            if when := signed_decision_date(line):
                stated = when  # the decision's line stays in the body
                break
            if "Issue date:" in line and (issued := _ISSUE_DATE.search(line)):
                if stated := stated_date(line[issued.end() :]):
                    break
            # a reporter's name glued to the date ("David Churchill24 March 2015")
            if len(line) <= _DATELINE_CHARS and (when := glued_byline_date(line)):
                stated, bylined = when, True
                del content[index]
                break
            if _DATELINE_CUE.search(line, 0, _DATELINE_CHARS) and (
                dateline := split_dateline(line)
            ):
                stated, content[index] = dateline
                break
    stated = stated or site_dated
    # The headline repeated a line or two below with its date after it ("Campaign
    # update." ... "Campaign update. (22/1/2009)", "Campaign update - 22 January 2009"),
    # its stop keeping it from being read as a headline above.
    heading = (title or (content[0] if content else "")).rstrip(".")
    if heading and not stated:
        for index, line in enumerate(content[:_DATE_AFTER_STANDFIRST]):
            if not line.startswith(heading):
                continue
            dated = line[len(heading) :].strip(_AROUND_DATE)
            if dated and is_date_line(dated):
                stated = stated_date(dated)
                del content[index]
                break
    # No headline, a line leading in to an item and its date line under it ("I'm surprised
    # no one has mentioned this (from the No 10 website):" / "14 January 2008"): the date
    # the item states.
    if (
        not title
        and not stated
        and not dated_items
        and len(content) > 2
        and len(content[0]) <= _MAX_HEADLINE
        and is_date_line(content[1])
    ):
        stated = stated_date(content.pop(1))
    # No headline, a dateline opening the first paragraph ("March 6, 2015 - A 16-year-old
    # ..."): the date the story states, the paragraph kept without it.
    if (
        not title
        and not stated
        and content
        and _DATELINE_CUE.search(content[0], 0, _DATELINE_CHARS)
        and (dateline := split_dateline(content[0]))
    ):
        stated, content[0] = dateline
    # A date line at the very end of the text, or run on after its last words.
    while content and is_date_line(content[-1]):
        line = content.pop()  # popped first: the loop must end however many there are
        stated = stated or stated_date(line)
    # a blog's notice of the post's date closing the page: the page's, not the post's text
    if content and (posted := posted_notice_date(content[-1])):
        content.pop()
        stated = stated or posted
    if content and not stated and (closing := split_closing_date(content[-1])):
        content[-1], stated = closing[0], closing[1]
        if not content[-1]:
            content.pop()
    # "The press release issued by the Home Office on 28 April 2023." near the top.
    issuer = None
    for line in content[:3]:
        if found := issued_on(line):
            issuer = found[0]
            stated = stated or found[1]
            break
    if forwarded := _forwarded_from_office(content):
        issuer = issuer or forwarded[0]
        stated = stated or forwarded[1]
    # A parliamentary page's question put to a department (or its department line) and the
    # day it was answered, a few lines down, under the asking member's name and the
    # question; a member page's menu line may have been taken for the title.
    for line in [title or "", listing, *content[:_RECORD_LINES]]:
        if record := parliamentary_record(line):
            issuer = issuer or record[0]
            stated = stated or record[1]

    if _LOWER_CASE_LINE.search(cleaned):
        content = _join_wrapped(content)
    blocks: list[Block] = []
    if title:
        blocks.append(Block(TITLE, 0, title))
    section = SUMMARY
    for line in content:
        text, bullet = _split_bullet(line)
        if section == SUMMARY and not bullet:
            section = BODY
        if section == BODY and _NOTES_HEADING.match(line):
            section = NOTES
        blocks.append(Block(section, len(blocks), text, bullet))

    title_derived = not title
    if title_derived:
        lead = next((b.text for b in blocks if b.section != TITLE), "")
        # A lead of punctuation alone ("."): its derived title is empty, so the file's name
        title = (derive_title(lead) if lead else "") or source or "Untitled release"

    body_text = "\n\n".join(b.text for b in blocks)
    # a date the page states over a year after the day it is read is none of the release's
    # (a site's clock in another country's order, a mistyped year): an embargo holds a
    # release back days, never a year
    if stated and stated > today + _EMBARGO_LIMIT:
        stated = None
    estimated = False
    published = stated
    if published is None:
        published = today_in_text(body_text, today)
    if published is None:
        published = estimate_date(body_text, today)
        estimated = published is not None
    if published and published > today and published != stated:
        published, estimated = None, False

    return ParsedRelease(
        title=title,
        title_derived=title_derived,
        date=published.isoformat() if published else None,
        date_estimated=estimated,
        publisher=_publisher(
            [b.text for b in blocks if b.section != TITLE],
            header,
            issuer,
            "" if title_derived else title,
            stated is not None,
            bylined,
        ),
        blocks=blocks,
        text=body_text,
        raw=raw,
    )
