using Caravan.Core.Events;

namespace Caravan.Extraction.Tests.Stages;

public class ViolenceKindTests
{
    [Fact]
    public void AnAttackOnBorderGuardsIsAClash()
    {
        const string text = "Border post attacked\nRFE/RL, March 4, 2015\n\nBISHKEK -- An armed group attacked Kyrgyz border guards near the village of Ak-Sai on March 3, the border service said.";

        var violence = Assert.Single(Run.All(text).Events, e => e.Type.IsViolent());

        Assert.Equal(EventType.ArmedClash, violence.Type);
    }

    [Fact]
    public void AttacksByMilitantsOnNoCivilianAreAClash()
    {
        const string text = "Militants strike\nRFE/RL, August 9, 2000\n\nBISHKEK -- Hundreds of militants launched a series of attacks in southern Kyrgyzstan on August 7, officials said.";

        var violence = Assert.Single(Run.All(text).Events, e => e.Type.IsViolent());

        Assert.Equal(EventType.ArmedClash, violence.Type);
    }

    [Fact]
    public void AnAttackOnAPostAndOnCiviliansStaysAnAttack()
    {
        const string text = "Border post attacked\nRFE/RL, March 4, 2015\n\nBISHKEK -- An armed group attacked a border post and a bus of villagers near Ak-Sai on March 3, the border service said.";

        var violence = Assert.Single(Run.All(text).Events, e => e.Type.IsViolent());

        Assert.Equal(EventType.Attack, violence.Type);
    }
}
