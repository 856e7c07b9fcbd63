namespace Caravan.Core.Events;

/// <summary>Event types that count as the same kind of happening when reports are compared.</summary>
public enum EventFamily
{
    Violence,
    Protest,
    Legal,
    Legislation,
    Agreement,
    Diplomacy,
    Initiative,
    MilitaryExercise,
    Statement,
}
