"""The English cue words of border incidents, by group (clash, shelling, attack, kill,
riot, protest, arrest, release, agreement, border status, deployment …): the pattern
table that :mod:`.events` compiles and reads sentence kinds from."""

from __future__ import annotations

__all__ = ["_CUES"]

# those a release or hand-over is of
_PERSONS = (r"(?:detainees|prisoners|hostages|captives|(?:border\s+)?guards?|officers?|officials|"
            r"citizens|nationals|servicem[ae]n|soldiers|men|women|residents|villagers|people|"
            r"persons|individuals|shepherds|herders|farmers|counterparts|them|him|her)")
# "hundreds of security forces were sent to the enclave": the verb read with its subject
# behind it (a cue begins at its verb)
_FORCES_SENT = "|".join(
    v + "(?:" + "|".join(rf"(?<={n}\s{a}\s{v})" for n in ("troops", "forces", "soldiers",
                                                           "guards", "servicemen", "units")
                         for a in ("were", "was", "been")) + r")\s+(?:to|into)\b"
    for v in ("sent", "dispatched", "deployed", "moved"))
# those a swap or a return is of
_CAPTIVES = (r"(?:detainees|prisoners|hostages|captives|detained|(?:border\s+)?guards|officers|"
             r"servicem[ae]n|soldiers|citizens|nationals)")
# "were released", "had been handed over": the verb read with its auxiliary behind it (a
# cue begins at its verb, not at "was")
_AUX = ("was", "were", "been", "being", "be")
_PASSIVE_RELEASE = "|".join(
    v + "(?:" + "|".join(rf"(?<={a}\s{v})" for a in _AUX) + ")" + tail for v, tail in (
        ("released", ""), ("freed", ""), ("returned", ""), ("repatriated", ""),
        ("exchanged", ""), ("swapped", ""), ("handed", r"\s+over"))) + r"\b"
# a stretch of border both sides claim, or where no line is agreed
_DISPUTED = (r"(?:disputed|undocumented|non-?demarcated|undemarcated|undelimited|contested|"
             r"forbidden)\s+(?:[\w-]+\s+){0,2}?(?:section|sector|area|territory|stretch|plot|land|"
             r"part)s?\b")
_CUES = {
    "clash": r"clash\w*|fighting|fought|skirmish\w*|firefights?|exchanges?\s+of\s+fire|"
             r"exchanged\s+fire|shoot-?outs?|gunfights?|opened\s+fire|open\s+fire|battles?|"
             r"hostilities|firing|shooting|armed\s+conflict|border\s+conflict|war\b|shots|"
             r"gunfire|gunshots?|snipers?|(?:came|come|comes|coming)\s+under\s+(?:fire|attack|shelling)|"
             r"return(?:ed|ing|s)?\s+fire|trad(?:ed|ing|e)\s+(?:gun)?fire|"
             r"fire\s+(?:was|were|has\s+been|had\s+been)\s+opened|armed\s+(?:incidents?|"
             r"provocations?|confrontations?)|"
             r"exchang\w*\s+(?:of\s+)?(?:small[\s-]arms\s+|automatic\s+(?:weapons?\s+)?|heavy\s+|"
            r"machine[\s-]gun\s+|mortar\s+)?(?:gun)?fire",
    "shelling": r"shell(?:ing|ed|s)\b|artillery|mortars?|rockets?|missiles?|MLRS|howitzers?|"
                r"Grad\b|multiple\s+rocket",
    "air": r"drone\s+strikes?|air\s*strikes?|bombed|bombing|drones?\b|warplanes?|aircraft",
    "explosive": r"landmines?|land\s+mines?|anti-?personnel\s+mines?|IEDs?|explosive\s+devices?|"
                 r"blasts?|explosions?|exploded",
    "grenade": r"grenades?",
    "attack": r"attack\w*|raid\w*|assault\w*|ambush\w*|stormed|storming|incursions?|"
              r"invasion|invaded|offensive|shot\s+at|fired\s+(?:at|on)|opened\s+fire\s+on|"
              # "was shot", read from "shot" (a cue is tried only at words its stems begin)
              r"shot(?:(?<=was\sshot)|(?<=were\sshot)|(?<=been\sshot)|(?<=got\sshot))\b|"
              # a person shot: "guards shot a young Kyrgyz woman", "Guards Shoot Kyrgyz Citizen"
              r"(?:shot|shoot|shoots)\s+(?:a|an|two|three|\d+)?\s*"
              r"(?:(?!of\b|with\b|about\b|footage|videos?\b|film|photos?\b|pictures?\b|"
              r"interviews?\b)[\w’'-]+\s+){0,3}?"
              r"(?:man|men|woman|women|boy|girl|resident|residents|villagers?|citizens?|"
              r"nationals?|shepherds?|herders?|farmers?|drivers?|civilians?|teenagers?|"
              r"smugglers?)\b|"
              r"operations?\s+(?:against|to\s+(?:free|liberate|rescue))",
    # not a leader's death ("after the death of President X")
    "kill": r"killed|killing|shot\s+dead|dead\b|died|deaths?(?!\s+of\s+(?:the\s+)?(?:late\s+)?"
            r"(?:former\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Ll]eader))|fatalities|"
            r"murder\w*|wounded|injured",
    "armed_target": r"border\s+posts?|outposts?|checkpoints?|frontier\s+posts?|soldiers|"
                    r"border\s+guards?|servicemen|troops|military\s+units?|security\s+forces|"
                    r"police|guardroom|arsenal|barracks",
    "civilians": r"civilians?|residents|villagers|children|passers-?by|farmers|shepherds?",
    "riot": r"riots?\b|rioting|threw\s+stones|throw(?:s|ing)?\s+stones|stone-?throwing|"
            # told in the passive, or as one verb: "stones were thrown at cars", "stoned cars"
            r"(?:stones|rocks)\s+(?:were|had\s+been|have\s+been)\s+(?:thrown|hurled)|"
            r"ston(?:ed|ing)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:cars?|vehicles?|houses?|"
            r"buses|trucks?|guards?|residents|people|villagers|schoolchildren|children)\b|"
            r"pelted|brawls?|"
            r"mass\s+fights?|hurl\w*\s+(?:stones|rocks)|threw\s+rocks|throw(?:s|ing)?\s+rocks|"
            r"rock-?throwing|beat(?:en|ing)?\s+(?:up\s+)?"
            r"(?:a|an|the|two|three|several|him|her|them|local|\w+\s+(?:residents?|men|man|"
            r"citizens?|guards?))\b|"
            # "had beaten residents of X", "beat our three citizens"
            r"beat(?:en|ing)?\s+(?:up\s+)?(?:(?:our|their|his|its|local|Kyrgyz|Tajik|Uzbek|two|"
            r"three|four|five|six|\d+)\s+){0,3}(?:residents|villagers|citizens|locals|nationals|"
            r"people|men|guards|herders|shepherds|soldiers|servicemen|drivers|farmers|officers)\b|"
            r"battered|smash\w*|vandali[sz]\w*|"
            r"damag(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:cars?|vehicles?|houses|homes|windows?|"
            r"windshields?|windscreens?)|"
            r"\bmob\b|scuffl(?:es?|ed|ing)|fistfights?|"
            # "a conflict occurred between the residents of A and B": a fight of neighbours (one
            # conflict told as having happened, not "conflicts are common", nor one of troops)
            r"conflict\s+(?:occurred|broke\s+out|erupted|took\s+place|flared\s+up|happened|"
            r"occurs|breaks\s+out|erupts)\b(?![^.;]{0,50}?\b(?:border\s+guards|soldiers|troops|"
            r"servicemen|military)\b(?![^.;]{0,40}?\b(?:residents|villagers|locals)\b))|"
            r"(?:conflict|confrontation|altercation)\s+between\s+(?:the\s+)?(?:local\s+)?"
            r"(?:residents|villagers|locals|inhabitants)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:are|is)\s)",
    # (not "the protesters": those of a protest told before)
    # (not a state's or a ministry's protest, a diplomatic one: "Kyrgyzstan protests the
    # detention", "a note of protest", "a protest note")
    "protest": r"(?<!ministry\s)(?<!Ministry\s)(?<!note\sof\s)(?<!notes\sof\s)(?<!a\snote\s)"
               r"(?<!Kyrgyzstan\s)(?<!Tajikistan\s)(?<!Uzbekistan\s)protest(?!ers)(?!\s+notes?\b)\w*|"
               # (a country's protest is a people's when it erupts, is held or grows)
               r"(?<=stan\s)protests?(?=\s+(?:erupted|broke|were|was|took|began|spread|continued|"
               r"grew|in)\b)|(?<!the\s)protesters|rall(?:y|ies|ied)|demonstrations?|"
               r"picket\w*|"
               r"block(?:ed|ing|s)?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:road|highway|motorway|"
               r"route|bridge)s?\b|road\s+block\w*|"
               # (told in the passive: "the road has now been blocked by Kyrgyz residents")
               r"(?:road|highway|route|bridge)s?\s+(?:[\w-]+\s+){0,4}?(?:has|have|had|was|were)\s+"
               r"(?:now\s+)?(?:been\s+)?blocked\s+by\s+(?:[\w-]+\s+){0,2}?(?:residents|villagers|"
               r"locals|protesters|relatives|farmers)\b",
    # (not what is rebuilt or paid for: "rebuilding the burned schools")
    "loot": r"looted|looting|torched|set\s+fire\s+to|set\s+on\s+fire|arson|"
            r"(?<!rebuilding\sthe\s)(?<!rebuilt\sthe\s)(?<!restoring\sthe\s)(?<!restored\sthe\s)"
            r"(?<!repairing\sthe\s)(?<!for\sthe\s)burn(?:ed|t|ing)\s+"
            r"(?:down\s+)?(?:of\s+)?(?:(?:the|their|local)\s+)?(?:houses|homes|buildings|"
            r"shops|schools|cars|vehicles)",
    "abduct": r"abduct\w*|hostages?|kidnap\w*|"
              # someone taken across the border: "took a student to Tajikistan"
              r"(?:took|taken|dragged)\s+(?:[\w’'-]+\s+){1,4}?(?:to|into|across)\s+(?:the\s+)?"
              r"(?:territory\s+of\s+)?(?:Kyrgyzstan|Tajikistan|Uzbekistan|border)\b",
    # (counted apart: shots fired in the air to part a crowd tell no battle)
    "warning": r"warning\s+shots|fired\s+(?:\w+\s+)?in(?:to)?\s+the\s+air",
    "arrest": r"arrest\w*|detain\w*|captured|capturing|apprehended|taken\s+into\s+custody|"
              r"caught",
    # detainees set free or handed back: "released three border guards", "handed them over
    # to the Uzbek side", "were released", "an exchange of detainees" (not "exchanged fire",
    # "returned fire", "released a statement")
    "release": _PASSIVE_RELEASE + "|"
               r"(?:releas(?:ed|es|ing)|freed|repatriat(?:ed|es|ing))"
               r"(?!\s+(?:by|from)\b|\s+(?:a|an|the|its|their)?\s*(?:statement|video|report|"
               r"footage|information|data|photos?|images|list|details|figures|names)\b)"
               rf"\s+(?:[\w’'-]+\s+){{0,4}}?{_PERSONS}\b|"
               # (swapped or given back: captives as the object, not "exchanged accusations
               # with officials", "returned to the talks with the guards")
               r"(?:swapp(?:ed|ing)|exchang(?:ed|es|ing)|returned)\s+(?:(?!with\b|to\b)[\w’'-]+\s+)"
               rf"{{0,3}}?{_CAPTIVES}\b|"
               r"hand(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,4}?over\s+to\b|"
               rf"(?:exchange|swap|release)\s+of\s+(?:[\w’'-]+\s+){{0,3}}?{_PERSONS}\b|"
               r"(?:prisoner|hostage)s?\s+(?:exchanges?|swaps?|releases?)",
    # the border crossed where it may not be: "detected persons violating the state border"
    "trespass": r"violat(?:ed|es|ing)\s+(?:the\s+)?(?:state\s+)?borders?\b|"
                r"border\s+violat(?:ions?|ors?)\b|"
                # "illegally crossed", "crossed into Tajik territory", "entered a disputed section"
                r"(?:illegally|unlawfully|arbitrarily|deliberately)\s+(?:crossed|entered|crossing|"
                r"entering)\b|crossed\s+(?:the\s+)?border\s+illegally|"
                # (not through a crossing: "trucks entering Kyrgyz territory through the
                # Dostuk crossing must pay a fee" is no violation)
                r"(?:crossed|entered|crossing|entering|intruded)\s+(?:into\s+)?(?:the\s+|an?\s+)?"
                r"(?:(?:Kyrgyz|Tajik|Uzbek|neighbou?ring|foreign)\w*\s+territory|territory\s+of\s+"
                r"(?:Kyrgyzstan|Tajikistan|Uzbekistan|the\s+(?:Kyrgyz|Tajik|Uzbek))|"
                + _DISPUTED + r")(?![^.;]{0,40}?\b(?:through|via|at)\s+(?:the\s+)?(?:[\w“”\"-]+\s+)"
                r"{0,2}?(?:crossing|checkpoints?|check-points?|BCP|border\s+post)\b)",
    # works on land both sides claim: "began to lay asphalt on a non-demarcated section",
    # "illegal construction was recorded"
    # (something built: not "building trust in disputed areas")
    "works": r"illegal(?:ly)?\s+(?:construction|building|works?)\b|"
             r"(?:(?:construction|building|paving|laying|digging)\s+(?:of\s+)?(?:an?\s+|the\s+)?"
             r"(?:[\w-]+\s+){0,2}?(?:roads?|canals?|fences?|walls?|houses?|posts?|bridges?|dams?|"
             r"pipelines?|ditch(?:es)?|schools?|mosques?|buildings?|towers?)|lay\w*\s+asphalt|"
             r"asphalt\w*|pav(?:ing|ed)\s+(?:the\s+|a\s+)?road)\b"
             r"[^.;]{0,60}?\b(?:on|at|in|along)\s+(?:the\s+|a\s+)?" + _DISPUTED,
    "agreement": r"met\s+on\b|cease-?\s?fire|truce|armistice|peace\s+(?:protocol|agreement|deal|"
                 r"talks)|"
                 r"agreed\s+(?:[\w,]+\s+){0,3}?to|signed\s+(?:a|the)\s+(?:protocol|agreement|treaty)|"
                 r"withdr[ae]w\w*\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|units|servicemen)|agreements?|protocols?\b|summits?|"
                 # ("during the negotiations, residents threw stones": a time, not the news)
                 r"(?<!during\s)(?<!during\sthe\s)(?:talks\b|negotiat\w*)|"
                 r"(?:presidential|bilateral)\s+meetings?|ratif\w*|"
                 r"delimitation|demarcation|(?:intergovernmental|government|joint)\s+commissions?|"
                 r"signed|signing|(?:held|hold|holds|holding)\s+(?:a\s+)?(?:meeting|session|consultations)|"
                 # "held telephone conversations": talks by phone
                 r"(?:held|holding)\s+(?:an?\s+)?(?:tele)?phone\s+(?:conversations?|talks|calls?)|"
                 # (not "met with the protesters": part of the protest's story)
                 r"met\s+(?:in|at\b|with\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:protesters|"
                 r"demonstrators|picketers|protest|residents|villagers|families|relatives|elders|"
                 r"activists)))\b|working\s+groups?|convened\b|"
                 # "the presidents discussed border issues": the talk held (not "discussed
                 # the clashes", a reaction)
                 r"discuss(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|delimitation|demarcation)"
                 r"\s+(?:issues?|questions?|problems?)\b|"
                 # "at a meeting of border commanders in Andijan"
                 r"meetings?\s+(?:of|between)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:commanders|"
                 r"heads|leaders|chiefs|officials|delegations|presidents|ministers|governors|"
                 r"representatives|commissions?|(?:two|both|border)\s+(?:[\w-]+\s+)?"
                 r"(?:services|agencies|sides|parties))\b|"
                 # "a meeting on the matter took place in X", "a meeting was held between"
                 r"meetings?\s+(?:(?:on|of|between|with|in|at|about|over|regarding)\s+"
                 r"(?!(?:the\s+)?(?:families|relatives|residents|villagers|journalists|activists|"
                 r"students|parents|elders|opposition|emergency)\b)(?:[\w’'-]+\s+){0,4}?)?"
                 r"(?:took\s+place|(?:was|were|has\s+been|"
                 r"have\s+been|had\s+been|is|are)\s+held)\b",
    # opening verb first (a noun first would make every sentence naming the border a
    # candidate): "closed the border", "reopened two checkpoints", "the border remains closed"
    # people barred from crossing (unless the sentence tells what then befell them: the
    # brawl, the shots, the detention are the event)
    "border_status": r"(?:(?:barred|banned|prevented|stopped)\s+(?:[\w-]+\s+){0,5}?from\s+crossing|"
                     r"(?:refused|declined)\s+to\s+let\s+(?:[\w-]+\s+){0,3}?cross)(?![^.;]*?"
                     r"(?:,\s*(?:sparking|leading\s+to|prompting|triggering|causing)|\band\s+"
                     r"(?:then\s+)?(?:detained|arrested|beat|fired|opened))\b)|"
                     r"(?:(?:to|will|would)\s+(?:re-?)?(?:open|close)(?!\s+fire)|"
                     r"clos(?:ed|es|ing|ure\s+of)|shut(?:\s+down)?|seal(?:ed|s|ing)|"
                     r"reopen\w*|re-open\w*|open(?:ed|s|ing)(?!\s+fire)|resum\w*|suspend\w*|halt(?:ed|s)?)"
                     r"\s+(?:[\w-]+\s+){0,4}?(?:borders?|checkpoints?|crossings?|border\s+posts?|"
                     # "the border remains closed", not "the year closed", "a closed-door talk"
                     r"rail\w*|freight)\b(?!\s+(?:talks|negotiations|delimitation|demarcation|"
                     r"commissions?|issues|disputes?))|(?<!year\s)(?<!month\s)(?<!week\s)(?<!day\s)"
                     r"(?:closed|reopened|re-opened|shut\s+down|sealed\s+off)\b(?!\s+fire|-)|"
                     # a crossing told first, its opening after: "two checkpoints on the
                     # border have opened", "the check-point started operating" (a crossing,
                     # not the border: that would make every sentence naming it a candidate)
                     # passage through a crossing resumed or halted, told in the passive:
                     # "passage of citizens through the X checkpoint was resumed"
                     r"(?:passage|traffic|movement)\s+(?:[\w-]+\s+){0,6}?(?:through|across|via|"
                     r"at)\s+(?:[\w-]+\s+){0,3}?(?:checkpoints?|crossings?|border|BCPs?)\s+"
                     r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+ly\s+)?(?:resumed|"
                     r"suspended|halted|restored|stopped)\b|"
                     # "this border crossing point was sealed by Uzbekistan"
                     r"(?:check-?points?|crossings?|crossing\s+points?|BCPs?)\s+(?:[\w-]+\s+){0,4}?"
                     r"sealed\b|"
                     r"(?:check-?points?|crossings?|crossing\s+points?)\s+(?:[\w-]+\s+){0,9}?"
                     r"(?:(?:re-?)?open(?:ed|s)\b(?!\s+(?:fire|a|an|criminal|investigation)\b)|"
                     r"(?:started|starts|began|begins|resumed|resumes)\s+(?:operating|"
                     r"functioning|working|operations|to\s+(?:operate|function|work)))|"
                     # traffic let through again: "traffic on the X - Y road was resumed"
                     r"(?:traffic|movement\s+of\s+vehicles)\s+(?:[\w—–-]+\s+){0,12}?(?:was|were|"
                     r"has\s+been|have\s+been|is|are)\s+(?:fully\s+|partially\s+)?"
                     r"(?:resumed|restored)\b|"
                     # people or goods let across: "are allowing residents to cross", "has not
                     # permitted cargo to pass through"
                     r"(?:allow(?:ed|s|ing)?|permit(?:ted|s|ting)?|let(?:ting|s)?)\s+"
                     r"(?:[\w-]+\s+){0,8}?(?:to\s+)?(?:cross|pass\s+through)\b|"
                     # the terms of crossing changed: "adopted a new procedure for crossing
                     # the border", "stricter rules of entry"
                     r"(?:new|stricter|tighter|simplified|eased|temporary)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:procedures?|rules|regimes?|requirements|restrictions|regulations)\s+"
                     r"(?:for|on|of)\s+(?:the\s+)?(?:crossing|entry|entering|passage|transit)\b|"
                     # "passage via the two BCPs has been temporarily restricted",
                     # "restricted the movement of people across the border"
                     # (a border, crossing or checkpoint named: not a road closed by a slide)
                     r"(?:passage|movement|crossing|traffic|transit)(?=[^.;]{0,70}?"
                     r"(?:borders?|check-?points?|crossings?|BCPs?|KPP)\b)\s+"
                     r"(?:[\w-]+\s+){0,8}?(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
                     r"(?:temporarily\s+|partially\s+|severely\s+)?restricted\b|"
                     r"(?:restrict|suspend|halt)(?:ed|s|ing)?\s+(?:the\s+)?(?:passage|movement|"
                     r"crossing|traffic|transit)\b(?=[^.;]{0,70}?(?:borders?|check-?points?|"
                     r"crossings?|BCPs?|KPP)\b)|restrictions?\s+on\s+(?:the\s+)?(?:passage|movement|"
                     r"crossing|traffic|transit)\b(?=[^.;]{0,70}?(?:borders?|check-?points?|"
                     r"crossings?|BCPs?|KPP)\b)",
    # a joint investigation of the two sides: "a joint investigative group is investigating
    # the incident", "an investigation is being carried out together with the border
    # officials of Kyrgyzstan"
    "investigation": r"joint\s+(?:[\w-]+\s+)?(?:investigation|investigative\s+(?:group|team)|"
                     r"inquiry|probe)\b|investigat\w*\s+(?:is|was|are|were)\s+(?:being\s+)?"
                     r"(?:carried\s+out|conducted)\s+(?:[\w-]+\s+){0,4}?(?:together|jointly)\s+"
                     r"with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:Kyrgyz\w*|Tajik\w*|Uzbek\w*)",
    # water cut off or let through again: "the Kyrgyz cut off the water", "the supply of
    # water to the fields is resumed", "irrigation water was stopped"
    "water": r"(?<!not\s)(?<!never\s)(?:cut|shut|turned|switched)\s+off\s+(?:the\s+)?"
             r"(?:[\w-]+\s+){0,2}?(?:water|irrigation)\b|"
             r"(?<!not\s)(?<!never\s)(?:stopp?(?:ed|s|ing)|block(?:ed|s|ing)|resum(?:ed|es|ing)|"
             r"restor(?:ed|es|ing))\s+(?:the\s+)?(?:supply\s+of\s+)?(?:irrigation\s+|drinking\s+)?"
             r"water\b|"
             # (a supply or flow, not "the water in the canal was restored to its level")
             r"(?:supply\s+of\s+water|water\s+supply|flow\s+of\s+water|irrigation\s+water|"
             r"drinking\s+water)\s+(?:[\w-]+\s+){0,8}?(?:is|was|were|has\s+been|had\s+been)\s+"
             r"(?:cut(?:\s+off)?|stopped|shut\s+off|resumed|restored)\b",
    # people moved off land a border deal gives away, or out of an exclave ("the residents
    # of Dostuk began moving to the new village", "the relocation of 257 families", "an
    # exodus from the exclave"); not the injured "moved to hospital"
    "resettlement": r"resettle(?:d|ment|ments|s)?\b|exodus\b|"
                    r"relocat(?:ed|ion|ing)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                    r"(?:residents|families|villagers|households|people|population|inhabitants)\b|"
                    r"(?:residents|families|villagers|households|inhabitants)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:were|have\s+been|are\s+being|began|have\s+begun|started)\s+"
                    r"(?:relocated|relocating|moved\s+out|moving\s+(?:out|to)|resettled)\b",
    "demining": r"demin\w*|de-min\w*|mine\s+clearance|"
                r"clear\w*\s+(?:[\w-]+\s+){0,3}?(?:land\s*)?mines|mined\b|(?:planted|laid|put|placed|installed)\s+(?:the\s+|these\s+|those\s+)?(?:land\s*)?"
                r"mines|"
                r"mines\s+(?:were|was|had\s+been|have\s+been)\s+(?:laid|planted)",
    "deployment": r"deploy\w*|armou?red\s+(?:personnel\s+)?(?:vehicles|carriers)|APCs?\b|"
                  r"military\s+(?:hardware|equipment|vehicles)|build-?up\s+of|reinforc\w*|"
                  # "sending dozens of armed border guards to the frontier"
                  r"(?:sen[dt]s?|sending|dispatch(?:ed|es|ing)?|mov(?:ed|es|ing)|"
                  r"mass(?:ed|es|ing)|station(?:ed|s|ing)?)\s+(?:[\w-]+\s+){0,5}?"
                  r"(?:troops|soldiers|border\s+guards|forces|servicemen|units|special\s+forces|"
                  r"military\s+personnel|police)\s+(?:[\w’'-]+\s+){0,6}?(?:to|into|near|along|at)\s+"
                  r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier|area|region|disputed|"
                  r"scene|villages?|enclaves?|exclaves?)\b|" + _FORCES_SENT,
    # economic pressure across the border: a blockade imposed, transit or supplies cut off
    # (not a blockade feared: "the district may end up in a blockade")
    "blockade": r"(?:impos\w*|introduc\w*|declar\w*)\s+(?:an?\s+|the\s+|its\s+)?(?:economic\s+|"
                r"rail\s+|transport\s+)?blockade\b|"
                r"block(?:ed|ing|s)?\s+(?:the\s+)?(?:transit|rail\s+freight|freight|supplies|"
                r"deliveries|shipments)\b|"
                # "freight traffic is being blocked", "rail cargo was halted"
                # (across a border: not "rail traffic was suspended because of snow")
                r"(?:freight|rail|railway|transit|supplies|deliveries|shipments|cargo|wagons|"
                r"carriages)\s+(?:traffic\s+)?(?:is|are|was|were|has\s+been|have\s+been|is\s+being|"
                r"are\s+being|had\s+been)\s+(?:blocked|halted|stopped|suspended|held\s+up)\b"
                r"(?=[^.;]{0,80}?\b(?:borders?|crossings?|Tajikistan|Uzbekistan|Kyrgyzstan)\b)|"
                # (to a country: not "strong winds cut power supplies to several villages")
                r"(?:cut(?:s|ting)?|shut(?:s|ting)?|stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|"
                r"suspend(?:s|ed|ing)?|resum(?:es|ed|ing)|restor(?:es|ed|ing))\s+"
                r"(?:off\s+)?(?:the\s+)?(?:natural\s+)?(?:(?:gas|electricity|power)\s+)?"
                r"(?:supplies|supply|deliveries|exports|gas|electricity)\s+to\s+(?:the\s+)?"
                r"(?:(?:north|south|east|west)(?:ern)?\s+(?:(?:part\s+)?of\s+)?)?(?:Tajikistan|"
                r"Kyrgyzstan|Uzbekistan|neighbou?ring|Tajik|Kyrgyz|Uzbek)\b",
    "diplomacy": r"(?:diplomatic|protest)\s+notes?|diplomatic\s+protests?|"
                 r"(?:send|sent|sends|handed)\s+a\s+(?:\w+\s+)?"
                 r"note\b|notes?\s+of\s+protest|summon(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                 r"(?:ambassador|envoy|charg[eé]\s+d[’']affaires|diplomat|consul)\b",
    "weapons": r"(?:distribut\w*|handed\s+out|hand(?:ed|s|ing)?\s+over|gave|give[ns]?|giving|"
               r"issued|supplied)\s+(?:[\w,]+\s+){0,3}?(?:weapons|arms|rifles|guns|firearms|"
               r"Kalashnikovs)\b|arms\s+handouts?|weapons\s+distribution|"
               r"(?:distribution|handout)\s+of\s+(?:weapons|arms|rifles)|"
               r"armed\s+(?:the\s+)?(?:militias?|volunteers|residents)",
    "theft": r"stole\w*\s+(?:weapons|arms|rifles)|stealing\s+(?:weapons|arms)|arms\s+theft|"
             r"(?:broke|broken|breaking)\s+into|seized\s+(?:\w+\s+)?(?:weapons|arms|rifles)",
}
