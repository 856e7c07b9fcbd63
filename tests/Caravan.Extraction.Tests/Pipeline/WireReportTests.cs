using Caravan.Core.Entities;
using Caravan.Core.Events;

namespace Caravan.Extraction.Tests.Pipeline;

/// <summary>
/// Reports in the shapes the seeds do not have (a wire dateline without a year, a newsroom byline, a foiled plot,
/// a plan for later), written for these tests from public facts.
/// </summary>
public class WireReportTests
{
    private const string CyclistsTrial =
        "Tajik court jails 14 over deadly attack on cyclists\n\n"
        + "DUSHANBE, Nov 6 (Reuters) - A court in Tajikistan has sentenced 14 people to prison terms ranging from five years to life over an attack that killed four foreign cyclists in July, the country's Supreme Court said on Tuesday.\n\n"
        + "Two Americans, a Swiss and a Dutch national died when a car rammed into their group on a road in the Danghara district on July 29.\n\n"
        + "Hussein Abdusamadov, described by prosecutors as the leader of the group, was sentenced to life imprisonment.";

    [Fact]
    public void A_wire_dateline_gives_day_and_outlet_and_the_outlet_takes_no_part_in_the_events()
    {
        var draft = Run.All(CyclistsTrial);

        Assert.Equal(("--11-06", "Reuters"), (draft.Metadata.Published?.ToString(), draft.Metadata.Outlet));
        Assert.DoesNotContain(draft.Entities, e => e.Name == "Nov");
        Assert.DoesNotContain(draft.Events, e => e.Actors.Contains("Reuters"));
    }

    [Fact]
    public void The_attack_told_twice_is_one_event_with_its_day_and_the_trial_one_sentencing()
    {
        var events = Run.All(CyclistsTrial).Events;

        var attack = Assert.Single(events, e => e.Type.IsViolent());
        Assert.Equal((EventType.Attack, "--07-29", 4), (attack.Type, attack.Date?.ToString(), attack.Fatalities));
        Assert.Equal(("TJ", "Danghara"), (attack.Place.Country, attack.Place.Location));
        Assert.Single(events, e => e.Type == EventType.Sentencing);
    }

    [Fact]
    public void A_suicide_car_bomber_killing_himself_is_one_dead_and_the_later_attribution_is_not_a_warning()
    {
        const string text = "Suicide bomber hits Chinese embassy in Bishkek\n\nBy Eurasianet staff, August 30, 2016\n\n"
            + "A suicide car bomber rammed through the gates of the Chinese embassy in Bishkek on Tuesday morning, killing himself and injuring three local employees, Kyrgyz officials said.\n\n"
            + "Kyrgyzstan's security service later said the attack had been ordered by Uighur militants active in Syria.";

        var draft = Run.All(text);

        Assert.Equal(("2016-08-30", "Eurasianet"), (draft.Metadata.Published?.ToString(), draft.Metadata.Outlet));
        var bombing = Assert.Single(draft.Events);
        Assert.Equal((EventType.SuicideBombing, "2016-08-30", "Bishkek"), (bombing.Type, bombing.Date?.ToString(), bombing.Place.Location));
        Assert.Equal((1, 3), (bombing.Fatalities, bombing.Injured));
        Assert.DoesNotContain(draft.Entities, e => e.Name.StartsWith("Uighur", StringComparison.Ordinal) || e.Name.StartsWith("By ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_with_its_country_and_acronym_is_one_entity_and_a_foiled_attack_no_event()
    {
        const string text = "Uzbekistan detains suspected recruiters\n\n"
            + "Tashkent, 12 March 2021 (Gazeta.uz): Uzbekistan's State Security Service (SGB) said on Friday it had detained nine people in the Fergana region suspected of recruiting for the Islamic State group.\n\n"
            + "According to the SGB, the suspects distributed extremist videos. In January, the service said it had prevented a terrorist attack in Tashkent.";

        var draft = Run.All(text);

        Assert.Single(draft.Entities, e => e.Type == EntityType.Org && e.Aliases.Contains("SGB"));
        var arrest = Assert.Single(draft.Events);
        Assert.Equal((EventType.Arrest, 9), (arrest.Type, arrest.Arrested));
    }

    [Fact]
    public void Exercises_planned_for_later_are_not_held_and_a_name_stops_before_the_weekday()
    {
        const string text = "Ashgabat, 3 June 2014 — Turkmenistan's Foreign Ministry on Tuesday denied media reports that border guards had been killed. "
            + "The defence ministers also discussed joint exercises planned for autumn.";

        var draft = Run.All(text);

        Assert.Contains(draft.Entities, e => e.Aliases.Contains("Turkmenistan's Foreign Ministry"));
        Assert.DoesNotContain(draft.Entities, e => e.Name.EndsWith(" on", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Events, e => e.Type == EventType.MilitaryExercise);
        Assert.Contains(draft.Events, e => e.Type == EventType.Denial);
    }

    [Fact]
    public void Weeks_later_count_from_the_attack_and_are_no_count_of_the_detained()
    {
        const string text = "By Farangis Najibullah, October 5, 2015\n\n"
            + "Taliban militants attacked a Tajik border post in the Khatlon region overnight, Tajik border guards said on Monday.\n\n"
            + "Three weeks later, Tajik forces detained two Afghan nationals who had crossed the Panj River illegally.";

        var arrest = Assert.Single(Run.All(text).Events, e => e.Type == EventType.Arrest);

        Assert.Equal(("2015-10-26", 2, "TJ"), (arrest.Date?.ToString(), arrest.Arrested, arrest.Place.Country));
    }

    [Fact]
    public void A_curfew_until_a_later_day_does_not_date_what_follows()
    {
        const string text = "Almaty, 17 December 2011 (RFE/RL): At least 14 people were killed when police opened fire on striking oil workers in Zhanaozen on Friday, the Prosecutor-General's Office said.\n\n"
            + "The president declared a state of emergency in the town on December 17 and imposed a curfew until January 5. Police detained dozens of people in the following days.";

        var draft = Run.All(text);

        var arrest = Assert.Single(draft.Events, e => e.Type == EventType.Arrest);
        Assert.Equal("2011-12-17", arrest.Date?.ToString());
        Assert.DoesNotContain(draft.Events, e => e.Actors.Any(a => a.Contains("Radio", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_law_is_dated_by_the_day_it_was_signed_and_placed_in_the_presidents_country()
    {
        const string text = "Published: 2 August 2018\n\n"
            + "On July 30, 2018, President Shavkat Mirziyoyev signed the Law \"On Countering Extremism\", which had been adopted by the Legislative Chamber in June.";

        var law = Assert.Single(Run.All(text).Events);

        Assert.Equal((EventType.Legislation, "2018-07-30", "UZ"), (law.Type, law.Date?.ToString(), law.Place.Country));
    }

    [Fact]
    public void A_phone_call_happens_in_no_country()
    {
        const string text = "Published: 3 March 2023\n\nOn March 2, Kazakh President Kassym-Jomart Tokayev held a telephone conversation with Kyrgyz President Sadyr Japarov in Astana.";

        var call = Assert.Single(Run.All(text).Events);

        Assert.Equal((EventType.Meeting, null, null), (call.Type, call.Place.Country, call.Place.Location));
    }

    [Fact]
    public void Violence_in_a_denied_report_is_no_event_and_the_reported_deaths_are()
    {
        const string text = "Ashgabat, 3 June 2014 — Turkmenistan's Foreign Ministry on Tuesday denied media reports that Turkmen border guards had been killed in clashes with Taliban fighters.\n\n"
            + "Local sources said that three border guards were killed on May 24 near the village of Tagtabazar.";

        var events = Run.All(text).Events;

        Assert.Equal([EventType.Denial, EventType.ArmedClash], events.Select(e => e.Type)); // guards killed, no civilian: a clash
        Assert.Equal(("2014-05-24", 3), (events[1].Date?.ToString(), events[1].Fatalities));
    }

    [Fact]
    public void A_resolution_enacted_on_a_countrys_initiative_is_no_new_proposal_and_a_president_of_a_country_no_place()
    {
        const string text = "Published: 19 October 2022\n\n"
            + "The UN Special Resolution was enacted on Uzbekistan's initiative. He also shared that the President of Uzbekistan proposed holding an international conference on education.";

        var initiative = Assert.Single(Run.All(text).Events, e => e.Type == EventType.Initiative);

        Assert.Contains("proposed holding", initiative.Evidence, StringComparison.Ordinal);
        Assert.NotEqual("UZ", initiative.Place.Country);
    }

    [Fact]
    public void An_arrest_and_a_sentence_in_one_city_stay_two_events()
    {
        const string text = "Bishkek, 24 February 2023 (24.kg): The State Committee for National Security has detained a former interior minister in Bishkek, the committee said on Friday.\n\n"
            + "A Bishkek district court sentenced three members of the group to seven years in prison.";

        var events = Run.All(text).Events;

        Assert.Equal([EventType.Arrest, EventType.Sentencing], events.Select(e => e.Type));
    }

    private const string RashtAmbush =
        "Tajikistan Faces Renewed Militant Threat in Rasht Valley\n\nPublication: Eurasia Daily Monitor Volume: 7 Issue: 170\n\nBy: Alexander Sodiqov\n\nSeptember 21, 2010\n\n"
        + "On September 19, militants ambushed a military convoy in the Kamarob gorge of the Rasht district, killing 25 government troops, according to the Tajik Defense Ministry. "
        + "The attack came less than a month after 25 convicted Islamists escaped from a high-security prison in Dushanbe on August 23.\n\n"
        + "The authorities blamed the ambush on fighters loyal to Abdullo Rahimov, also known as Mullo Abdullo, a former opposition commander.\n\n"
        + "Meanwhile, the Islamic Renaissance Party of Tajikistan (IRPT) denied any links to the militants.";

    [Fact]
    public void A_monitor_article_dated_under_its_byline_places_the_ambush_in_Tajikistans_Rasht()
    {
        var draft = Run.All(RashtAmbush);

        Assert.Equal("2010-09-21", draft.Metadata.Published?.ToString());
        var ambush = Assert.Single(draft.Events, e => e.Type.IsViolent());
        Assert.Equal(("2010-09-19", "TJ", "Rasht", 25), (ambush.Date?.ToString(), ambush.Place.Country, ambush.Place.Location, ambush.Fatalities));
        Assert.DoesNotContain(draft.Events, e => e.Type == EventType.Sentencing);
        Assert.Equal("TJ", Assert.Single(draft.Events, e => e.Type == EventType.Denial).Place.Country);
        Assert.Contains(draft.Entities, e => e.Name == "Abdullo Rahimov" && e.Aliases.Contains("Mullo Abdullo"));
    }

    [Fact]
    public void Rasht_in_a_report_on_Iran_stays_in_Iran()
    {
        var clash = Assert.Single(Run.All("Published: 2 May 2019\n\nOn May 1, gunmen attacked a police station in Rasht, in northern Iran, killing two officers.").Events);

        Assert.Equal("IR", clash.Place.Country);
    }

    [Fact]
    public void Talks_with_a_joint_statement_are_a_meeting_and_an_agreement_and_next_years_plans_do_not_date_a_proposal()
    {
        const string text = "Astana, 12 September 2023 (Kazinform): Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held talks in Astana on Monday and signed a joint statement on strategic partnership.\n\n"
            + "The two leaders agreed to hold joint counter-terrorism exercises next year. Tokayev proposed creating a regional center for countering cyber threats.";

        var events = Run.All(text).Events;

        Assert.Equal([EventType.Meeting, EventType.Agreement, EventType.Initiative], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal("2023-09-11", e.Date?.ToString()));
    }

    [Fact]
    public void A_headline_verb_is_no_name_last_month_dates_a_raid_and_the_one_who_tells_of_deaths_did_not_kill()
    {
        const string text = "Kyrgyz Security Chief Warns of Militant Infiltration\n\n"
            + "Bishkek, 14 April 2016 (AKIpress): The head of the State Committee for National Security, Abdil Segizbayev, warned on Thursday that fighters returning from Syria could try to cross into the country.\n\n"
            + "Segizbayev told lawmakers that about 100 Kyrgyz citizens had been killed in Syria since 2012.\n\n"
            + "Last month, Kyrgyz special forces killed two suspected militants during a raid on a house in Osh, the committee said.";

        var draft = Run.All(text);

        Assert.DoesNotContain(draft.Entities, e => e.Name == "Warns");
        Assert.DoesNotContain(draft.Events, e => e.Type.IsViolent() && e.Actors.Contains("Abdil Segizbayev"));
        var raid = Assert.Single(draft.Events, e => e.Place.Location == "Osh");
        Assert.Equal(("2016-03", 2), (raid.Date?.ToString(), raid.Fatalities));
    }

    [Fact]
    public void A_treaty_signed_during_a_visit_takes_its_day_and_place_and_both_signers()
    {
        const string text = "Dushanbe, 10 March 2018 (Asia-Plus): Uzbek President Shavkat Mirziyoyev arrived in Dushanbe on Friday for a two-day state visit.\n\n"
            + "Mirziyoyev and Tajik President Emomali Rahmon signed a treaty on strategic partnership and 27 other documents.";

        var treaty = Assert.Single(Run.All(text).Events, e => e.Type == EventType.Agreement);

        Assert.Equal(("2018-03-09", "Dushanbe"), (treaty.Date?.ToString(), treaty.Place.Location));
        Assert.Equal(["Shavkat Mirziyoyev", "Emomali Rahmon"], treaty.Actors);
    }

    [Fact]
    public void Badakhshan_of_Afghanistan_is_not_Tajikistans()
    {
        var kidnapping = Assert.Single(Run.All("Kabul, 7 August 2019 (Pajhwok): Unknown gunmen kidnapped four foreign tourists in Badakhshan province of Afghanistan on Tuesday.").Events);

        Assert.Equal((EventType.Abduction, "AF", "Badakhshan"), (kidnapping.Type, kidnapping.Place.Country, kidnapping.Place.Admin1));
    }

    [Fact]
    public void People_gathered_to_protest_is_a_protest_and_the_shooting_of_the_crowd_its_casualties()
    {
        const string text = "Khorog, 26 November 2021 (RFE/RL): Hundreds of people gathered in front of the regional administration building in Khorog on Thursday to protest against the killing of a local resident.\n\n"
            + "Police fired tear gas and shots at the crowd, killing two protesters and injuring at least six, according to local activists. The protests continued for three days.";

        var events = Run.All(text).Events;

        var protest = Assert.Single(events, e => e.Type == EventType.Protest);
        Assert.Equal(("2021-11-25", "Khorog"), (protest.Date?.ToString(), protest.Place.Location));
        Assert.Equal((2, 6), (protest.Fatalities, protest.Injured));

        // Police firing on the crowd may also stand as an attack of its own, as the annotators of the training reports code it (troops firing on protesters in Andijan).
        Assert.All(events.Where(e => e.Type != EventType.Protest), e => Assert.Equal(EventType.Attack, e.Type));
    }

    [Fact]
    public void Drills_filed_from_the_capital_are_placed_where_the_report_later_says_they_were_held()
    {
        const string text = "TASHKENT -- Tajik and Uzbek troops on November 9, 2018 completed their first joint military drills in two decades.\n\n"
            + "About 300 servicemen took part in the exercises at the Farish training ground in Jizzakh province, Uzbekistan's Defence Ministry said. The drills simulated the destruction of an armed group.";

        var drills = Assert.Single(Run.All(text).Events);

        Assert.Equal((EventType.MilitaryExercise, "2018-11-09", "UZ", "Jizzakh"), (drills.Type, drills.Date?.ToString(), drills.Place.Country, drills.Place.Admin1));
    }

    [Fact]
    public void A_banned_group_is_an_armed_group_and_a_southern_region_outranks_a_foreign_dateline()
    {
        const string text = "Moscow (AsiaNews) – Kyrgyz authorities have detained 12 suspected members of the banned Yakyn Inkar group in the southern Jalal-Abad region, the State Committee for National Security said on Monday.";

        var draft = Run.All(text);

        Assert.Contains(draft.Entities, e => e.Name == "Yakyn Inkar" && e.Type == EntityType.ArmedGroup);
        var arrest = Assert.Single(draft.Events);
        Assert.Equal(("KG", "Jalal-Abad", 12), (arrest.Place.Country, arrest.Place.Admin1, arrest.Arrested));
    }

    [Fact]
    public void A_court_finding_a_man_guilty_is_the_sentence_just_reported_now_placed()
    {
        const string text = "ASTANA, Kazakhstan (AP) — A court in western Kazakhstan has sentenced a 28-year-old man to seven years in prison for posting calls to join the Islamic State group, prosecutors said.\n\n"
            + "The Aktobe regional court found the man guilty of propaganda of terrorism.";

        var sentence = Assert.Single(Run.All(text).Events);

        Assert.Equal((EventType.Sentencing, "KZ", "Aktobe"), (sentence.Type, sentence.Place.Country, sentence.Place.Admin1));
    }

    [Fact]
    public void Uprisings_in_general_are_no_protest_but_a_placed_one_is()
    {
        var general = Run.All("Amanbaev points out that the recent events in Uzbekistan are indicative: there have been uprisings against the secular state.").Events;
        var placed = Run.All("Published: 3 July 2022\n\nOn July 1, thousands of protesters took to the streets in Nukus, Uzbekistan.").Events;

        Assert.DoesNotContain(general, e => e.Type == EventType.Protest);
        Assert.Single(placed, e => e.Type == EventType.Protest && e.Place.Location == "Nukus");
    }

    [Fact]
    public void Attacks_that_had_been_planned_are_no_happening()
    {
        var events = Run.All("Published: 2 April 2004\n\nInvestigators said further bombings had been planned in Tashkent.").Events;

        Assert.DoesNotContain(events, e => e.Type.IsViolent());
    }

    [Fact]
    public void What_is_told_as_a_habit_is_no_happening_but_what_happened_on_a_day_is()
    {
        var habits = Run.All("Published: 3 May 2021\n\nBorder guards of the two countries have frequently exchanged fire near Batken in recent months. "
            + "Members of the banned group are regularly detained in Osh.").Events;
        var happening = Run.All("Published: 3 May 2021\n\nOn May 1, border guards of the two countries exchanged fire near Batken. "
            + "Police detained three members of the banned group in Osh on May 2.").Events;

        Assert.Empty(habits);
        Assert.Single(happening, e => e.Type.IsViolent() && e.Place.Location == "Batken");
        Assert.Single(happening, e => e.Type == EventType.Arrest && e.Place.Location == "Osh");
    }

    [Fact]
    public void Districts_seized_last_week_and_a_crossing_captured_on_a_day_are_two_clashes()
    {
        const string text = "Turkmenistan Strengthens Afghan Border\n\nBy Paolo Sorbello\n\nJuly 12, 2021\n\n"
            + "Turkmenistan has deployed additional troops to its border with Afghanistan after Taliban fighters seized several districts in Badghis province last week, according to local media reports.\n\n"
            + "On July 9, Taliban militants captured the Torghundi border crossing. Officials met a delegation led by Mullah Abdul Ghani Baradar.";

        var draft = Run.All(text);

        var clashes = draft.Events.Where(e => e.Type == EventType.ArmedClash).ToList();
        Assert.Equal(["2021-07", "2021-07-09"], clashes.Select(e => e.Date?.ToString()));
        Assert.All(clashes, e => Assert.Equal(["Taliban"], e.Actors));
        Assert.Contains(draft.Entities, e => e.Name == "Abdul Ghani Baradar");
    }

    [Fact]
    public void Police_seizing_weapons_in_a_village_is_no_clash() =>
        Assert.DoesNotContain(Run.All("On 3 May 2024, police seized weapons in the village of Kara-Suu.").Events, e => e.Type == EventType.ArmedClash);

    [Fact]
    public void A_visit_is_placed_where_the_visitor_went()
    {
        const string text = "Published: 21 August 2017\n\nThe plan was finalized in Tashkent on August 19, although it had received the green light during Mirziyoyev's visit to Kazakhstan in March.";

        var visit = Assert.Single(Run.All(text).Events, e => e.Type == EventType.Visit);

        Assert.Equal(("KZ", "2017-03"), (visit.Place.Country, visit.Date?.ToString()));
    }
}
