// Stopword lexicon: capitalised function words and sentence openers that are never names on their own.
// Exact-case (capitalised) forms of closed-class words and adverbs, plus day and month names.

/** Capitalised closed-class words and adverb-like sentence openers; not a name by themselves. */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set([
  // Articles, determiners and quantifiers
  "The", "A", "An", "This", "That", "These", "Those", "Some", "Any", "Many", "Much", "Most", "More",
  "Few", "Fewer", "Several", "All", "Both", "Each", "Every", "Either", "Neither", "No", "None",
  "Other", "Others", "Another", "Such", "Same", "Own", "Certain", "Various", "Enough", "Less",
  "Least", "Lots", "Numerous", "Multiple", "Plenty", "Whole", "Entire",
  // Pronouns and possessives
  "I", "Me", "My", "Mine", "Myself", "You", "Your", "Yours", "Yourself", "Yourselves", "He", "Him",
  "His", "Himself", "She", "Her", "Hers", "Herself", "It", "Its", "Itself", "We", "Us", "Our", "Ours",
  "Ourselves", "They", "Them", "Their", "Theirs", "Themselves", "Oneself", "Someone", "Somebody",
  "Something", "Anyone", "Anybody", "Anything", "Everyone", "Everybody", "Everything", "Nobody",
  "Nothing", "Whoever", "Whatever", "Whichever", "Whomever", "Whom", "Whose", "Which", "Who", "What",
  "Where", "When", "Why", "How", "Whether",
  // Prepositions
  "About", "Above", "Across", "After", "Against", "Ahead", "Along", "Alongside", "Amid", "Amidst",
  "Among", "Amongst", "Around", "As", "At", "Atop", "Before", "Behind", "Below", "Beneath", "Beside",
  "Besides", "Between", "Beyond", "By", "Despite", "Down", "During", "Except", "For", "From", "In",
  "Inside", "Into", "Like", "Near", "Of", "Off", "On", "Onto", "Opposite", "Out", "Outside", "Over",
  "Past", "Per", "Plus", "Regarding", "Round", "Since", "Than", "Through", "Throughout", "Till", "To",
  "Toward", "Towards", "Under", "Underneath", "Unlike", "Until", "Unto", "Up", "Upon", "Via", "With",
  "Within", "Without", "Concerning", "Considering", "Following", "Including", "Excluding",
  "Notwithstanding", "Pending", "Barring", "Given", "Versus", "Vs", "Vs.", "Aboard",
  "Absent", "Thanks", "Due", "Apart", "Aside",
  // Conjunctions and discourse connectives
  "And", "But", "Or", "Nor", "So", "Yet", "Because", "Although", "Though", "Even", "If", "Unless",
  "While", "Whilst", "Whereas", "Once", "Whenever", "Wherever", "Lest", "Provided", "Rather",
  "Instead", "Otherwise", "Hence", "Thus", "Therefore", "Consequently", "Accordingly", "Moreover",
  "Furthermore", "Additionally", "Also", "Meanwhile", "Nevertheless", "Nonetheless", "However",
  "Still", "Then", "Now", "Indeed", "Likewise", "Similarly", "Conversely", "Alternatively", "Namely",
  "Thereby", "Thereafter", "Hereby", "Whereby", "Anyway", "Anyhow", "Regardless", "Further",
  "Hereafter", "Afterwards", "Afterward", "Else", "Secondly", "Firstly", "Thirdly", "Lastly",
  "Overall", "Altogether",
  // Auxiliaries, modals and contractions
  "Is", "Are", "Was", "Were", "Be", "Been", "Being", "Am", "Do", "Does", "Did", "Done", "Doing",
  "Have", "Has", "Had", "Having", "Can", "Could", "Shall", "Should", "Would", "Might", "Must", "Ought",
  "Cannot", "Can't", "Won't", "Don't", "Doesn't", "Didn't", "Isn't", "Aren't", "Wasn't", "Weren't",
  "Hasn't", "Haven't", "Hadn't", "Couldn't", "Wouldn't", "Shouldn't", "Mustn't", "It's", "That's",
  "There's", "Here's", "What's", "Who's", "Where's", "How's", "Let", "Let's", "I'm", "I've", "I'd",
  "I'll", "We're", "We've", "We'd", "We'll", "They're", "They've", "They'd", "They'll", "You're",
  "You've", "You'd", "You'll", "He's", "He'd", "He'll", "She's", "She'd", "She'll", "It'll",
  "Can’t", "Won’t", "Don’t", "Doesn’t", "Didn’t", "Isn’t", "Aren’t", "Wasn’t", "It’s", "That’s",
  "There’s", "Here’s", "What’s", "Let’s", "I’m", "I’ve", "I’d", "I’ll", "We’re", "We’ve", "They’re",
  "You’re", "He’s", "She’s",
  // Adverbs and adverb-like sentence openers
  "Already", "Again", "Almost", "Always", "Never", "Ever", "Often", "Sometimes", "Usually", "Rarely",
  "Seldom", "Soon", "Just", "Only", "Very", "Too", "Quite", "Really", "Perhaps", "Maybe", "Probably",
  "Possibly", "Certainly", "Clearly", "Obviously", "Apparently", "Reportedly", "Allegedly",
  "Reputedly", "Supposedly", "Surely", "Definitely", "Actually", "Basically", "Essentially",
  "Generally", "Typically", "Particularly", "Especially", "Notably", "Specifically", "Mainly",
  "Mostly", "Largely", "Partly", "Fully", "Entirely", "Completely", "Totally", "Nearly", "Roughly",
  "Approximately", "Barely", "Hardly", "Merely", "Simply", "Exactly", "Precisely", "Immediately",
  "Quickly", "Slowly", "Suddenly", "Gradually", "Eventually", "Finally", "Ultimately", "Initially",
  "Originally", "Previously", "Formerly", "Recently", "Lately", "Currently", "Presently", "Today",
  "Tonight", "Yesterday", "Tomorrow", "Earlier", "Later", "Subsequently", "Shortly", "Briefly",
  "Overnight", "Here", "There", "Elsewhere", "Everywhere", "Nowhere", "Somewhere", "Abroad",
  "Overseas", "Nationwide", "Worldwide", "Officially", "Publicly", "Privately", "Separately",
  "Together", "Alone", "Jointly", "Independently", "Directly", "Indirectly", "Personally",
  "Politically", "Economically", "Historically", "Traditionally", "Ironically", "Interestingly",
  "Importantly", "Crucially", "Significantly", "Unfortunately", "Fortunately", "Sadly", "Hopefully",
  "Thankfully", "Surprisingly", "Unsurprisingly", "Predictably", "Inevitably", "Understandably",
  "Admittedly", "Arguably", "Frankly", "Honestly", "Seriously", "Literally", "Naturally",
  "Increasingly", "Twice", "Thrice", "Somehow", "Somewhat", "Critically",
  "Legally", "Technically", "Theoretically", "Practically",
  "Effectively", "Potentially", "Unofficially", "Anonymously",
  "Equally", "Simultaneously", "Concurrently",
  "Repeatedly", "Frequently", "Occasionally", "Constantly", "Continuously", "Regularly",
  "Temporarily", "Permanently", "Instantly", "Promptly", "Swiftly", "Quietly",
  "Openly", "Secretly", "Strongly", "Firmly", "Deeply", "Widely", "Heavily", "Sharply", "Highly",
  "Fairly", "Relatively", "Comparatively", "Slightly", "Dramatically",
  "Substantially", "Considerably", "Marginally", "Virtually", "Evidently",
  "Seemingly", "Presumably", "Undoubtedly", "Indisputably", "Absolutely",
  "Whatsoever",
  // Sentence-opening participles and phrase heads that are never names
  "According", "Asked", "Speaking", "Writing", "Responding", "Compared", "Based",
  "Assuming", "Judging", "Seeing", "Noting", "Citing", "Quoting",
  "Referring", "Adding", "Saying", "Describing", "Calling", "Urging", "Warning", "Insisting",
  "Acknowledging", "Addressing", "Announcing", "Arguing", "Claiming", "Denying", "Explaining",
  "Reacting", "Replying", "Commenting", "Echoing", "Pointing", "Stressing", "Underscoring",
  // Numbers, ordinals and amounts
  "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
  "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty",
  "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred", "Hundreds",
  "Thousand", "Thousands", "Million", "Millions", "Billion", "Billions", "Trillion", "Dozen",
  "Dozens", "Half", "Quarter", "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
  "Seventh", "Eighth", "Ninth", "Tenth", "Last", "Next", "Final", "Previous", "Former", "Latter",
  "Single", "Double", "Triple", "Zero", "Nil",
  // Interjections and discourse particles
  "Yes", "Oh", "Ok", "Okay", "Well", "Please", "Thank", "Hello", "Hi", "Sorry", "Yeah", "Wow", "Ah",
  "Alas", "Hey", "Nope", "Sure", "Right",
]);

/** Day and month names with their usual abbreviations (abbreviations that are English words only with a dot). */
export const DAYS_AND_MONTHS: ReadonlySet<string> = new Set([
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "Mon.", "Tue.", "Tues", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs", "Thurs.", "Fri.", "Sat.", "Sun.",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
  "Jan.", "Feb", "Feb.", "Mar.", "Apr", "Apr.", "Jun.", "Jul", "Jul.", "Aug", "Aug.", "Sep.", "Sept",
  "Sept.", "Oct", "Oct.", "Nov", "Nov.", "Dec", "Dec.",
]);

/** Words that label a caption's credit line ("Image: Nick Moreau"). */
export const CAPTION_LABELS: ReadonlySet<string> = new Set([
  'Image', 'Images', 'Photo', 'Photos', 'Picture', 'Video', 'Credit', 'Credits', 'Source', 'Caption', 'File', 'Map',
  'Graphic', 'Illustration',
]);

/** All-capitals abbreviations of common nouns: never the name of a particular entity. */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'VIP', 'VIPs', 'GMT', 'UTC', 'HTML', 'CSS', 'URL', 'PDF', 'USB', 'GPS', 'SMS', 'FAQ', 'IQ', 'CEO', 'CEOs', 'CFO', 'COO',
  'CTO', 'GDP', 'GNP', 'TV', 'DVD', 'CD', 'PC', 'PCs', 'DNA', 'RNA', 'OK', 'ID', 'IDs', 'IT', 'AI', 'ATM', 'DIY', 'LGBT',
  'LGBTQ', 'POW', 'POWs', 'MVP', 'RSVP', 'ASAP', 'FYI', 'AM', 'PM', 'QC', 'SC', 'KC', 'PhD', 'MBA', 'IVF', 'ICU', 'CCTV',
  'SUV', 'SUVs', 'HQ', 'R&D', 'Q&A', 'POTUS', 'FLOTUS', 'IOU', 'TBA', 'TBC', 'ETA', 'AKA', 'aka', 'HIV', 'LED', 'LCD',
]);
