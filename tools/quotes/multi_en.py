# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the multilingual quotes check set (fictional; see check_set_multi.py)."""

ARTICLES = [
    ([
        "Harbour town votes to keep ferry service",
        "Councillors in Port Elwin voted on Tuesday to keep the island ferry running for another five years, despite rising fuel costs.",
        "“This boat is our lifeline,” said Margaret Doyle, who runs the post office on Carrick Island. “Without it, the school closes and the young families leave.”",
        "The council leader, Peter Whitlow, said the decision had not been easy. “We looked at every option, including a smaller vessel,” he said.",
        "The operator, Westline Ferries, said in a statement that timetables would not change.",
    ], [
        ("This boat is our lifeline", "Margaret Doyle", "said"),
        ("Without it, the school closes and the young families leave.", "Margaret Doyle", None),
        ("We looked at every option, including a smaller vessel", "he", "said", "Peter Whitlow"),
    ]),
    ([
        "Hospital waiting lists fall for the first time in a decade",
        "Waiting lists at hospitals in the northern region have fallen for the first time in ten years, according to figures published on Monday.",
        "Health minister Rachel Amis told reporters: “The staff have worked miracles. But nobody should think the job is done.”",
        "Opposition health spokesman Daniel Frost described the figures as “a drop in the ocean” and said patients were still waiting months for hip operations.",
        "“My mother waited fourteen months for a new knee,” said Sunita Rao, a teacher from Hallbridge. “Fourteen months of pain.”",
    ], [
        ("The staff have worked miracles. But nobody should think the job is done.", "Health minister Rachel Amis", "told reporters"),
        ("a drop in the ocean", "Opposition health spokesman Daniel Frost", "described the figures as"),
        ("My mother waited fourteen months for a new knee", "Sunita Rao", "said"),
        ("Fourteen months of pain.", "Sunita Rao", None),
    ]),
    ([
        "Storm closes mountain pass",
        "The Kellen Pass was closed overnight after heavy snow trapped more than forty vehicles near the summit.",
        "Police Inspector Tom Garvey said rescuers reached the last car shortly before dawn. “Everyone is safe, and that is what matters,” he told the Valley Courier.",
        "Drivers described a long, cold night. \"We ran the engine for ten minutes every hour to stay warm,\" said lorry driver Ewan McBride. \"I have never seen snow like it.\"",
        "The road authority expects to reopen the pass on Thursday.",
    ], [
        ("Everyone is safe, and that is what matters", "he", "told the Valley Courier", "Tom Garvey"),
        ("We ran the engine for ten minutes every hour to stay warm", "lorry driver Ewan McBride", "said"),
        ("I have never seen snow like it.", "lorry driver Ewan McBride", None),
    ]),
    ([
        "Library to reopen after fire",
        "The central library in Ashford will reopen in March, eight months after a fire destroyed its children's section.",
        "The library's director, Helen Cartwright, has spent the summer raising money for new books. “People have been incredibly generous,” she said. “We received boxes of books from as far away as Canada.”",
        "The fire started in an electrical cupboard, investigators found.",
        "Cartwright said the new children's room would be bigger than the old one. “Children lost their favourite place last year. We want to give them something better.”",
    ], [
        ("People have been incredibly generous", "she", "said", "Helen Cartwright"),
        ("We received boxes of books from as far away as Canada.", "she", None, "Helen Cartwright"),
        ("Children lost their favourite place last year. We want to give them something better.", "Cartwright", None),
    ]),
    ([
        "Workers strike at Dunmore bottling plant",
        "Around 300 workers walked out at the Dunmore bottling plant on Friday in a dispute over shift patterns.",
        "“Management changed our hours without asking a single one of us,” union representative Carla Nunes said outside the gates.",
        "The company rejected the claim. A spokeswoman for Dunmore Beverages said: “We consulted staff over six weeks and made several changes at their request.”",
        "The plant produces the popular “Highland Spring Fizz” range, which the company says will not run short.",
        "Nunes said the strike would continue next week. “We are not going anywhere.”",
    ], [
        ("Management changed our hours without asking a single one of us", "union representative Carla Nunes", "said"),
        ("We consulted staff over six weeks and made several changes at their request.", "A spokeswoman for Dunmore Beverages", "said"),
        ("We are not going anywhere.", "Nunes", None),
    ]),
    ([
        "Scientists find rare frog in city park",
        "A species of frog thought to be extinct in the region has been found in a pond in Millbrook Park, ecologists announced on Wednesday.",
        "“I almost dropped my notebook,” said Dr Amara Okafor of Westbrook University, who made the discovery during a routine survey. “It is like finding a lost painting in your attic.”",
        "The city has promised to protect the pond. “We will fence it off and keep dogs out,” a council spokesman said.",
        "Okafor warned that the population was small. She said the next two years would be decisive.",
    ], [
        ("I almost dropped my notebook", "Dr Amara Okafor", "said"),
        ("It is like finding a lost painting in your attic.", "Dr Amara Okafor", None),
        ("We will fence it off and keep dogs out", "a council spokesman", "said"),
    ]),
    ([
        "Bus fares to rise by ten percent",
        "Bus fares in the Greater Lindon area will rise by ten percent from April, the transport authority said on Thursday.",
        "Passenger groups reacted angrily. “This is a tax on people who cannot afford a car,” said Joan Pryce, chair of the Lindon Passengers' Association.",
        "The authority's chief executive, Mark Sayers, defended the increase. He said fuel and wages had risen sharply. “We have held fares for three years. We cannot do that any longer,” Sayers said.",
        "The so-called “green discount” for monthly pass holders will stay in place.",
    ], [
        ("This is a tax on people who cannot afford a car", "Joan Pryce, chair of the Lindon Passengers' Association", "said"),
        ("We have held fares for three years. We cannot do that any longer", "Sayers", "said"),
    ]),
    ([
        "Village celebrates 100th birthday of its oldest resident",
        "Edith Barnes, the oldest resident of Little Hanford, turned 100 on Saturday, surrounded by four generations of her family.",
        "Asked for the secret of a long life, she laughed. “Porridge every morning and never argue with the neighbours.”",
        "Her great-grandson, eight-year-old Oliver, had baked the cake himself. “It took three tries,” he admitted.",
        "The vicar, Reverend Paul Ingram, read a letter from the village school. “She taught half of this village to read,” he said.",
    ], [
        ("Porridge every morning and never argue with the neighbours.", "she", None, "Edith Barnes"),
        ("It took three tries", "he", "admitted", "Oliver"),
        ("She taught half of this village to read", "he", "said", "Reverend Paul Ingram"),
    ]),
    ([
        "Football club fined over pitch invasion",
        "Redmoor Athletic have been fined £20,000 after fans invaded the pitch during the final match of the season.",
        "The league said in its ruling that the club had failed to provide enough stewards. “Safety is not optional,” the ruling said.",
        "Club chairman Gordon Leigh said he was disappointed. “Our fans were celebrating, not fighting. We will appeal,” he told BBC Radio Redmoor.",
        "Supporters' trust secretary Amy Holt was less forgiving: “A few idiots spoiled a great day for everyone.”",
    ], [
        ("Safety is not optional", "the ruling", "said"),
        ("Our fans were celebrating, not fighting. We will appeal", "he", "told BBC Radio Redmoor", "Gordon Leigh"),
        ("A few idiots spoiled a great day for everyone.", "Supporters' trust secretary Amy Holt", None),
    ]),
    ([
        "New bridge opens after years of delays",
        "The Tarrow Bridge opened to traffic on Sunday, four years later than planned and £40 million over budget.",
        "Transport secretary Lydia Marsh cut the ribbon. “Yes, it took too long. Yes, it cost too much. But this bridge will serve the region for a hundred years,” Marsh said.",
        "Local businesses welcomed the opening. Café owner Raj Patel said trade had suffered during the works.",
        "“Some weeks we had five customers,” he said. “Now I hope they come back.”",
        "Engineers nicknamed the structure “the Harp” because of its cables.",
    ], [
        ("Yes, it took too long. Yes, it cost too much. But this bridge will serve the region for a hundred years", "Marsh", "said"),
        ("Some weeks we had five customers", "he", "said", "Raj Patel"),
        ("Now I hope they come back.", "he", None, "Raj Patel"),
    ]),
    ([
        "Police appeal after jewellery shop raid",
        "Police are appealing for witnesses after three men raided a jewellery shop in Castle Street on Monday afternoon.",
        "Detective Sergeant Nia Hughes said the men threatened staff with a hammer. “This was a frightening experience for the two women working there,” she said. “I would ask anyone with dashcam footage to contact us.”",
        "The shop's owner, who asked not to be named, told the Evening Post the stolen watches were worth around £80,000.",
        "“They were in and out in ninety seconds,” the owner said.",
    ], [
        ("This was a frightening experience for the two women working there", "she", "said", "Nia Hughes"),
        ("I would ask anyone with dashcam footage to contact us.", "she", None, "Nia Hughes"),
        ("They were in and out in ninety seconds", "the owner", "said"),
    ]),
    ([
        "Author wins prize for debut novel",
        "Kenyan-born writer Grace Wanjiru has won the Fairfield Prize for her debut novel “The Salt Road”.",
        "The chair of the judges, Professor Alan Reeve, called it “a book that will be read in fifty years”.",
        "Wanjiru, 34, wrote the novel at night while working as a nurse. “I wrote it for my grandmother, who never learned to read,” she said in her acceptance speech.",
        "“I still can't quite believe it,” Wanjiru told reporters afterwards.",
    ], [
        ("a book that will be read in fifty years", "Professor Alan Reeve", "called it"),
        ("I wrote it for my grandmother, who never learned to read", "she", "said", "Grace Wanjiru"),
        ("I still can't quite believe it", "Wanjiru", "told reporters"),
    ]),
    ([
        "Farmers warn of poor harvest after dry spring",
        "Farmers across the eastern counties are warning of a poor harvest after the driest spring on record.",
        "“The wheat is half the height it should be,” said Robert Bell, who farms 400 acres near Stowford.",
        "According to the Farmers' Union, yields could fall by a third. Union president Kate Mullins said: “Some families will not survive another bad year. We need help now, not in the autumn.”",
        "The government said it was “monitoring the situation closely”.",
        "Bell is less patient. “Monitoring does not water crops,” he said.",
    ], [
        ("The wheat is half the height it should be", "Robert Bell", "said"),
        ("Some families will not survive another bad year. We need help now, not in the autumn.", "Union president Kate Mullins", "said"),
        ("monitoring the situation closely", "The government", "said"),
        ("Monitoring does not water crops", "he", "said", "Robert Bell"),
    ]),
    ([
        "School bans mobile phones",
        "Pupils at Kingsmead Academy will have to lock away their phones during the school day from September.",
        "Head teacher Simon Clarke said the decision followed a year of consultation with parents. “Break time used to be silent. Everyone was staring at a screen,” he said.",
        "Not all pupils agree. “What if there is an emergency?” asked 15-year-old Maya Lewis.",
        "Clarke said parents could always call the school office.",
        "“That is how it worked for decades, and it worked fine,” he added.",
    ], [
        ("Break time used to be silent. Everyone was staring at a screen", "he", "said", "Simon Clarke"),
        ("What if there is an emergency?", "15-year-old Maya Lewis", "asked"),
        ("That is how it worked for decades, and it worked fine", "he", "added", "Simon Clarke"),
    ]),
    ([
        "Museum returns carvings to island community",
        "The Brenton Museum has returned twelve wooden carvings to the island community of Tala, more than a century after they were taken by a British collector.",
        "“These carvings are our ancestors. Today they come home,” said community elder Sione Vaka at the handover ceremony.",
        "The museum's director, Claire Aldous, said it was “the right thing to do, and long overdue”.",
        "Vaka thanked the museum staff. He said the carvings would be kept in a new cultural centre.",
        "“Our children will see them every day,” he said.",
    ], [
        ("These carvings are our ancestors. Today they come home", "community elder Sione Vaka", "said"),
        ("the right thing to do, and long overdue", "The museum's director, Claire Aldous", "said"),
        ("Our children will see them every day", "he", "said", "Sione Vaka"),
    ]),
]
