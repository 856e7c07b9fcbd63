using Caravan.Extraction.Ner;

namespace Caravan.Extraction.Tests.Ner;

public class WeightTableTests
{
    private static readonly Dictionary<ulong, int> Rows = new() { [0] = 0, [42] = 1, [ulong.MaxValue] = 2, [1UL << 63] = 3 };

    // Four rows of width three; the zero hash has a row too, which an empty slot must not be mistaken for.
    private static readonly float[] Weights = [1, 0, 0, 0, 2, 0, 0, 0, 3, 0.5f, 0.5f, 0.5f];

    private static float[] Scores(WeightTable table, params ulong[] features)
    {
        var scores = new float[table.Width];
        table.Score([.. features], scores);
        return scores;
    }

    [Fact]
    public void SumsTheRowsOfTheFeaturesItHasAndSkipsTheRest()
    {
        var table = new WeightTable(Rows, Weights, 3);

        Assert.Equal([1.5f, 2.5f, 3.5f], Scores(table, 0, 42, ulong.MaxValue, 1UL << 63, 7, 43));
        Assert.Equal([0f, 0f, 0f], Scores(table, 7, 1000));
    }

    [Fact]
    public void ManyFeaturesThatCollideStillFindTheirOwnRows()
    {
        var rows = Enumerable.Range(0, 5000).ToDictionary(i => (ulong)i * 1024, i => i);
        var weights = Enumerable.Range(0, 5000).Select(i => (float)i).ToArray();

        var table = new WeightTable(rows, weights, 1);

        Assert.All(Enumerable.Range(0, 5000), i => Assert.Equal(i, Scores(table, (ulong)i * 1024)[0]));
        Assert.Equal(0f, Scores(table, 1023)[0]);
    }

    [Fact]
    public void WrittenAndReadItScoresTheSame()
    {
        var table = new WeightTable(Rows, Weights, 3);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
        }

        stream.Position = 0;
        var read = WeightTable.Read(new BinaryReader(stream));

        Assert.Equal(4, read.Count);
        Assert.Equal(Scores(table, 0, 42, ulong.MaxValue, 1UL << 63), Scores(read, 0, 42, ulong.MaxValue, 1UL << 63));
    }
}
