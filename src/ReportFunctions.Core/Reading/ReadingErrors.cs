using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Reading;

/// <summary>
/// The reading errors found so far, up to <see cref="ReportReader.MaxErrors"/>: adding one more stops the reading
/// (<see cref="LimitReachedException"/>), so input made of nothing but mistakes costs no more than the first ones.
/// </summary>
internal sealed class ReadingErrors
{
    private readonly List<ValidationError> _errors = [];

    public int Count => _errors.Count;

    public IReadOnlyList<ValidationError> Listed => _errors;

    public void Add(ValidationError error)
    {
        if (_errors.Count == ReportReader.MaxErrors)
            throw new LimitReachedException();
        _errors.Add(error);
    }

    public sealed class LimitReachedException : Exception;
}
