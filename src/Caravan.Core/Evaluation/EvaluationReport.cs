namespace Caravan.Core.Evaluation;

/// <summary>Scores of predicted extractions against gold, over one or many documents.</summary>
public sealed record EvaluationReport
{
    public Tally Events { get; init; }
    public Tally StrictEvents { get; init; }
    public Tally Entities { get; init; }
    public Tally TypedEntities { get; init; }
    /// <summary>Documents whose publication date was read as the gold gives it (of those whose gold gives one).</summary>
    public Accuracy Published { get; init; }
    public Accuracy Type { get; init; }
    public Accuracy Date { get; init; }
    public Accuracy Country { get; init; }
    public Accuracy Admin1 { get; init; }
    public Accuracy Fatalities { get; init; }
    public Accuracy Injured { get; init; }
    public Accuracy Arrested { get; init; }
    /// <summary>Matched events whose gold names actors, and of those the ones that name one of them.</summary>
    public Accuracy Actors { get; init; }
    public Accuracy Targets { get; init; }
    public EventErrors Errors { get; init; }

    public static EvaluationReport Empty { get; } = new();

    public static EvaluationReport operator +(EvaluationReport a, EvaluationReport b) => new()
    {
        Events = a.Events + b.Events,
        StrictEvents = a.StrictEvents + b.StrictEvents,
        Entities = a.Entities + b.Entities,
        TypedEntities = a.TypedEntities + b.TypedEntities,
        Published = a.Published + b.Published,
        Type = a.Type + b.Type,
        Date = a.Date + b.Date,
        Country = a.Country + b.Country,
        Admin1 = a.Admin1 + b.Admin1,
        Fatalities = a.Fatalities + b.Fatalities,
        Injured = a.Injured + b.Injured,
        Arrested = a.Arrested + b.Arrested,
        Actors = a.Actors + b.Actors,
        Targets = a.Targets + b.Targets,
        Errors = a.Errors + b.Errors,
    };
}
