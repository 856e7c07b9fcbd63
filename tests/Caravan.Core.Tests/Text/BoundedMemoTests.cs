using Caravan.Core.Text;

namespace Caravan.Core.Tests.Text;

public class BoundedMemoTests
{
    [Fact]
    public void EachInputIsWorkedOutOnce()
    {
        var calls = 0;
        var memo = new BoundedMemo<string, int>(s => { calls++; return s.Length; }, capacity: 10);

        Assert.Equal(5, memo.Of("Batken"[..5]));
        Assert.Equal(5, memo.Of("Batke"));
        Assert.Equal(3, memo.Of("Osh"));

        Assert.Equal(2, calls);
    }

    [Fact]
    public void PastItsBoundNewInputsAreWorkedOutEachTimeAndStillAnswered()
    {
        var calls = 0;
        var memo = new BoundedMemo<int, int>(n => { calls++; return n * n; }, capacity: 2);
        memo.Of(1);
        memo.Of(2);

        Assert.Equal(9, memo.Of(3));
        Assert.Equal(9, memo.Of(3));
        Assert.Equal(1, memo.Of(1));

        Assert.Equal(4, calls);
    }

    [Fact]
    public void ThreadsSharingItGetTheSameAnswers()
    {
        var memo = new BoundedMemo<string, string>(NameFolding.Fold, capacity: 100, StringComparer.Ordinal);
        string[] names = ["Nazarbayev", "Fergana", "Jalal-Abad", "Qashqadaryo", "TASHKENT"];

        var answers = new string[64][];
        Parallel.For(0, answers.Length, k => answers[k] = [.. names.Select(memo.Of)]);

        Assert.All(answers, a => Assert.Equal(names.Select(NameFolding.Fold), a));
    }
}
