using System.Collections.Generic;
using System.Linq;

namespace AutoGrad.Generator.Analyses;

/// <summary>Names reachable from sources along edges: the flow-insensitive propagation the analyses of infinite and NaN values share.</summary>
internal sealed class Reachability
{
    private readonly Dictionary<string, List<string>> _edges = new();

    public HashSet<string> Sources { get; } = new();

    /// <summary>Whatever reaches any of <paramref name="from"/> reaches each of <paramref name="to"/>.</summary>
    public void Flow(IEnumerable<string> from, IEnumerable<string> to)
    {
        List<string> targetList = to.ToList();
        foreach (string source in from)
        {
            if (!_edges.TryGetValue(source, out List<string>? targets))
            {
                _edges[source] = targets = new List<string>();
            }
            targets.AddRange(targetList);
        }
    }

    public HashSet<string> Reach()
    {
        var reached = new HashSet<string>(Sources);
        var pending = new Stack<string>(Sources);
        while (pending.Count > 0)
        {
            if (_edges.TryGetValue(pending.Pop(), out List<string>? targets))
            {
                foreach (string target in targets.Where(reached.Add))
                {
                    pending.Push(target);
                }
            }
        }
        return reached;
    }
}
