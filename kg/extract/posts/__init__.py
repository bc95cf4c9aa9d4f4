"""Posts: who holds which title in which organisation (``org:Membership``).

A *title chain* is one or more titles joined by 、 written right before a name
(``市委副书记、市长、市政府党组书记于海宇``), or one title right after it
(``李理书记``). Each title splits, from the right, into a post (the longest word
of the title lexicons, with its qualifiers: 常务副市长) and the organisation
written before it, made of organisation mentions, short names of
``posts/orgs.tsv`` (市委, 宣传部) and places. The organisation is then resolved:

* a short name is expanded with the publisher's home place (``市委`` ->
  ``中共鄂尔多斯市委员会``) or, for a department (``宣传部``), with the body the
  chain is about: ``自治区党委常委、宣传部部长`` -> 部长 of
  ``中共内蒙古自治区委员会宣传部``;
* a post may imply its organisation (``posts/roles.tsv``: 市长 -> 市政府,
  党组书记 -> 书记 of the chain's body's 党组);
* otherwise the organisation is unknown (None).

Confidence: each rule has a base (chain before the name 0.9, title after the
name 0.8) multiplied by how the organisation was found: written out 1.0,
implied by the post or inherited along the chain 0.9, unknown 0.7, and 0.5 for
an occupation with no organisation (律师刘伟渊: a job title more than a post).
So 0.9 means "title and organisation both written next to the name", and
anything below 0.7 has a guessed part; the numbers order facts by evidence,
they are not calibrated probabilities. Scored on CLUENER (scripts/eval_posts.py)
the title-before-name posts are right about 85% of the time.

The package reads in layers, each module importing only those before it: ``words`` (the word
classes and lexicons of the post rules), ``parts`` and ``title`` (one title: the parts of its body, its
post), ``resolve`` (a title's body), ``chain`` (title chains and their
:class:`~kg.extract.posts.chain.Post`), ``article`` (what an article names, read once:
:class:`~kg.extract.posts.article.Reading`), ``places`` and ``bodies`` (a post's body from the places and
the bodies the article names), ``fill`` (a person's posts' bodies filled by those rules, step by step) and
``reader`` (:func:`~kg.extract.posts.reader.extract_posts`).
"""
