namespace Caravan.Core.Events;

/// <summary>The closed event taxonomy of GOLD-FORMAT.md; violent types follow ACLED.</summary>
public enum EventType
{
    ArmedClash,
    Attack,
    RemoteViolence,
    SuicideBombing,
    Abduction,
    Protest,
    Arrest,
    Sentencing,
    Legislation,
    Agreement,
    Meeting,
    Visit,
    Initiative,
    MilitaryExercise,
    Warning,
    Denial,
}
