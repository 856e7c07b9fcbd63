namespace Caravan.Core.Entities;

public static class EntityTypes
{
    public static string ToWireName(this EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.ArmedGroup => "ARMED_GROUP",
        EntityType.Gpe => "GPE",
        _ => "LOC",
    };

    public static bool TryParse(string? wireName, out EntityType type)
    {
        type = default;
        switch (wireName?.Trim().ToUpperInvariant())
        {
            case "PERSON": type = EntityType.Person; return true;
            case "ORG": type = EntityType.Org; return true;
            case "ARMED_GROUP": type = EntityType.ArmedGroup; return true;
            case "GPE": type = EntityType.Gpe; return true;
            case "LOC": type = EntityType.Loc; return true;
            default: return false;
        }
    }
}
