namespace Caravan.Core.Evaluation;

/// <summary>Correct out of compared, for one slot of matched events.</summary>
public readonly record struct Accuracy(int Correct, int Compared)
{
    public double Value => Compared == 0 ? double.NaN : (double)Correct / Compared;

    public Accuracy Add(bool correct) => new(Correct + (correct ? 1 : 0), Compared + 1);

    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Correct + b.Correct, a.Compared + b.Compared);
}
