package dev.agentlint.rules.overlap;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Located;
import dev.agentlint.agent.Project;
import dev.agentlint.parallel.InOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the agents of one run pair by pair within each routing pool. Small pools are compared in full; in a large
 * pool each agent is compared only with the agents that share its rarest profile terms or technologies (an inverted
 * index), at most {@value #CANDIDATES_PER_AGENT} of them, so the work grows about linearly with the number of agents.
 *
 * <p>Thresholds (calibrated on the seeds and public collections, see the rule documentation):
 * a pair overlaps when its profiles are lexically close (TF-IDF cosine at least {@value #LEXICAL}), or when its
 * facets agree (weighted overlap at least {@value #FACET}) with a shared action and a shared domain, no disjoint
 * main technologies, and some lexical support. Copies are a TF-IDF of at least {@value #DUPLICATE_PROFILE} on the
 * profile and {@value #DUPLICATE_BODY} on the whole text.
 */
public final class OverlapAnalysis {

    /** Context agents compared in full; beyond this many, only related ones. */
    public static final int CONTEXT_IN_FULL = 200;
    /** Words of name and description a context agent shares with a checked one to be related. */
    static final int SHARED_WORDS = 2;
    /**
     * A word more than this share of the agents use (a fifth: more than 40 agents, since only repositories of more
     * than {@value #CONTEXT_IN_FULL} are filtered) says little about what an agent is for ("data" in a data team's
     * repository), so sharing it does not relate two. A tenth was tried too: twice as fast on 2,000 agents, but hooks
     * then missed overlaps a full run reports.
     */
    static final int COMMON_WORD_SHARE = 5;

    /** Pools up to this size are compared pair by pair without a prefilter. */
    static final int FULL_COMPARISON = 60;
    static final int CANDIDATES_PER_AGENT = 30;
    /** Parts of a large pool whose candidates are found in parallel, each with its own scratch arrays. */
    private static final int CANDIDATE_CHUNKS = 64;
    /** Partners reported per agent: in a cluster of many similar agents, each keeps only its closest ones. */
    static final int PARTNERS_PER_AGENT = 4;
    static final double LEXICAL = 0.5;
    static final double LEXICAL_HIGH = 0.6;
    static final double FACET = 0.6;
    static final double FACET_HIGH = 0.7;
    static final double LEXICAL_SUPPORT = 0.2;
    static final double LEXICAL_TECH = 0.2;
    static final double LEXICAL_GENERALIST = 0.1;
    static final double LEXICAL_SUPPORT_HIGH = 0.25;
    static final double LEXICAL_NO_TECH = 0.3;
    static final double DUPLICATE_PROFILE = 0.7;
    static final double DUPLICATE_BODY = 0.85;
    static final double SAME_WORK = 0.5;

    private static final int[] NO_KEYS = {};

    private final List<AgentProfile> profiles;
    private final TermVectors vectors;
    private final TermVectors bodies;
    private final Map<AgentFile, Integer> index = new HashMap<>();

    private OverlapAnalysis(List<AgentProfile> profiles) {
        this.profiles = profiles;
        this.vectors = new TermVectors(profiles, AgentProfile::terms);
        this.bodies = new TermVectors(profiles, AgentProfile::bodyTerms);
        for (int i = 0; i < profiles.size(); i++) {
            index.put(profiles.get(i).file(), i);
        }
    }

    /**
     * The analysis of a run's agents, computed once per run. When the run checks a few files of a large repository
     * (a hook passing the changed ones) and more than {@value #CONTEXT_IN_FULL} other agents are only context, the
     * checked files are compared with the context agents whose name or description shares at least
     * {@value #SHARED_WORDS} words with theirs, not counting words common in the repository: agents that routing could
     * confuse describe the same work.
     */
    public static OverlapAnalysis of(Project project) {
        return project.derived(OverlapAnalysis.class, p -> of(comparedFiles(p)));
    }

    static List<AgentFile> comparedFiles(Project project) {
        List<AgentFile> context = project.files().stream().filter(f -> !project.checked(f)).toList();
        if (context.size() <= CONTEXT_IN_FULL) {
            return project.files();
        }
        Map<AgentFile, Set<String>> words = new HashMap<>();
        Map<String, Integer> agentsUsing = new HashMap<>();
        for (AgentFile file : project.files()) {
            Set<String> fileWords = routingWords(file);
            words.put(file, fileWords);
            fileWords.forEach(word -> agentsUsing.merge(word, 1, Integer::sum));
        }
        int common = project.files().size() / COMMON_WORD_SHARE;
        Set<String> checkedWords = new HashSet<>();
        project.checkedFiles().forEach(f -> checkedWords.addAll(words.get(f)));
        checkedWords.removeIf(word -> agentsUsing.get(word) > common);
        List<AgentFile> compared = new ArrayList<>(project.checkedFiles());
        for (AgentFile file : context) {
            if (words.get(file).stream().filter(checkedWords::contains).count() >= SHARED_WORDS) {
                compared.add(file);
            }
        }
        return compared;
    }

    private static Set<String> routingWords(AgentFile file) {
        String name = file.agent().name().map(Located::value).orElse("");
        String description = file.agent().description().map(Located::value).orElse("");
        return new HashSet<>(Words.keys(name.replace('-', ' ') + " " + description));
    }

    /** The profiles of the files, in path order, built in parallel (each file's profile is computed once). */
    public static OverlapAnalysis of(List<AgentFile> files) {
        List<AgentFile> sorted = new ArrayList<>(files);
        sorted.removeIf(f -> !f.frontMatter().present());
        sorted.sort(Comparator.comparing(AgentFile::path));
        List<AgentProfile> profiles = InOrder.map(sorted, ProfileBuilder::of);
        return new OverlapAnalysis(profiles);
    }

    public List<AgentProfile> profiles() {
        return profiles;
    }

    /**
     * Every scored pair of agents that share a routing pool, in path order of the pair; with {@code reportedOnly}
     * only those the rule reports, each agent keeping its {@value #PARTNERS_PER_AGENT} closest partners.
     */
    public List<OverlapPair> pairs(Function<AgentFile, String> fallbackScope, boolean reportedOnly) {
        Map<String, List<Integer>> pools = new TreeMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            for (String pool : RoutingPools.of(profiles.get(i), fallbackScope)) {
                pools.computeIfAbsent(pool, k -> new ArrayList<>()).add(i);
            }
        }
        // A directory several runtimes load (.claude/agents) makes pools of the same agents; one pass serves them all.
        Set<List<Integer>> distinctPools = new LinkedHashSet<>(pools.values());
        PairSet pooled = new PairSet(distinctPools);
        distinctPools.forEach(pool -> candidates(pool, pooled));
        long[] scoredPairs = pooled.sortedDistinct();
        List<OverlapPair> pairs = new ArrayList<>(InOrder.map(scoredPairs.length, i -> {
            OverlapPair scored = score((int) (scoredPairs[i] >>> 32), (int) scoredPairs[i]);
            return !reportedOnly || scored.verdict().reported() ? scored : null;
        }));
        pairs.removeIf(Objects::isNull);
        // Copies under two names are worth knowing across pools too (two plugins of one marketplace, two
        // collections' directories): they drift apart, and once installed together the runtime cannot choose.
        Map<String, List<Integer>> platforms = new TreeMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).autoSelectable()) {
                platforms.computeIfAbsent(profiles.get(i).file().format().platform(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> platform : platforms.values()) {
            if (distinctPools.contains(platform)) {
                continue; // its candidates are a pool's, all scored above
            }
            PairSet acrossPools = new PairSet(List.of(platform));
            candidates(platform, acrossPools);
            for (long pair : acrossPools.sortedDistinct()) {
                int a = (int) (pair >>> 32);
                int b = (int) pair;
                if (Arrays.binarySearch(scoredPairs, pair) < 0
                        && !profiles.get(a).names().equals(profiles.get(b).names())) {
                    OverlapPair scored = score(a, b);
                    if (scored.verdict() == OverlapPair.Verdict.NEAR_DUPLICATE) {
                        pairs.add(scored);
                    }
                }
            }
        }
        pairs.sort(Comparator.comparing((OverlapPair p) -> p.first().file().path())
                .thenComparing(p -> p.second().file().path()));
        return InOrder.map(reportedOnly ? closest(stars(pairs)) : pairs, this::withShared);
    }

    /**
     * Candidate pairs of a pool, each as (smaller index, larger index) packed in a long: every pair of a small pool,
     * else the pairs that share rare profile words or technologies, the strongest first, a bounded number per agent.
     */
    private void candidates(List<Integer> pool, PairSet result) {
        if (pool.size() <= FULL_COMPARISON) {
            for (int x = 0; x < pool.size(); x++) {
                for (int y = x + 1; y < pool.size(); y++) {
                    result.add(pack(pool.get(x), pool.get(y)));
                }
            }
            return;
        }
        int rare = Math.max(8, pool.size() / 10);
        int[][] technologiesOf = new int[pool.size()][];
        int[][] postings = postings(pool, technologiesOf);
        int chunks = Math.min(pool.size(), CANDIDATE_CHUNKS);
        List<long[]> found = InOrder.map(chunks, chunk -> {
            int from = (int) ((long) pool.size() * chunk / chunks);
            int to = (int) ((long) pool.size() * (chunk + 1) / chunks);
            return candidates(pool, from, to, postings, technologiesOf, rare);
        });
        for (long[] pairs : found) {
            for (long pair : pairs) {
                result.add(pair);
            }
        }
    }

    /** The candidate pairs of the pool's members from {@code from} (inclusive) to {@code to}. */
    private long[] candidates(List<Integer> pool, int from, int to, int[][] postings, int[][] technologiesOf,
            int rare) {
        double[] weight = new double[pool.size()];
        int[] touched = new int[pool.size()];
        long[] pairs = new long[(to - from) * CANDIDATES_PER_AGENT];
        int size = 0;
        for (int member = from; member < to; member++) {
            int count = weigh(vectors.termIds(pool.get(member)), member, postings, rare, weight, touched, 0);
            count = weigh(technologiesOf[member], member, postings, rare, weight, touched, count);
            for (int other : strongest(touched, count, weight, pool)) {
                pairs[size++] = pack(pool.get(member), pool.get(other));
            }
            for (int i = 0; i < count; i++) {
                weight[touched[i]] = 0;
            }
        }
        return Arrays.copyOf(pairs, size);
    }

    /**
     * Adds the weight of each of a member's rare keys to the other members that hold it, noting the members it
     * touches first; returns how many members are touched now.
     */
    private static int weigh(int[] keys, int member, int[][] postings, int rare, double[] weight, int[] touched,
            int count) {
        for (int key : keys) {
            int[] posting = postings[key];
            if (posting.length < 2 || posting.length > rare) {
                continue;
            }
            double idf = Math.log((double) weight.length / posting.length);
            for (int other : posting) {
                if (other != member) {
                    if (weight[other] == 0) {
                        touched[count++] = other;
                    }
                    weight[other] += idf;
                }
            }
        }
        return count;
    }

    /**
     * Packed pairs in an array rather than a hash set of boxed longs: a pool of thousands of agents yields hundreds of
     * thousands of candidates, and packed pairs hash badly. The array is made once, with room for as many candidates
     * as the pools can yield, and sorted in place: a large run keeps no copies.
     */
    private static final class PairSet {
        private long[] pairs;
        private int size;

        PairSet(Collection<List<Integer>> pools) {
            long room = 0;
            for (List<Integer> pool : pools) {
                long members = pool.size();
                room += members <= FULL_COMPARISON ? members * (members - 1) / 2 : members * CANDIDATES_PER_AGENT;
            }
            pairs = new long[(int) Math.min(room, Integer.MAX_VALUE - 8)];
        }

        void add(long pair) {
            pairs[size++] = pair;
        }

        /** The pairs added, ascending and each once; the set is spent. */
        long[] sortedDistinct() {
            Arrays.sort(pairs, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || pairs[distinct - 1] != pairs[i]) {
                    pairs[distinct++] = pairs[i];
                }
            }
            long[] sorted = Arrays.copyOf(pairs, distinct);
            pairs = null;
            return sorted;
        }
    }

    /**
     * The postings of each key id, ascending; keys are profile words, with the ids of the profile vectors (a member's
     * are ascending, in the order of its words), and technologies, numbered after them, whose ids this fills in for
     * each member (by position in the pool). Postings are counted first and then filled, as arrays: a pool of
     * thousands of agents has about a million postings.
     */
    private int[][] postings(List<Integer> pool, int[][] technologiesOf) {
        int words = vectors.terms();
        Map<String, Integer> technologyIds = new HashMap<>();
        for (int member = 0; member < pool.size(); member++) {
            // sorted: the facet sets iterate in an order that differs between runs, and the sums over keys must not
            List<String> technologies = profiles.get(pool.get(member)).effective().technologies().stream().sorted()
                    .toList();
            int[] own = technologies.isEmpty() ? NO_KEYS : new int[technologies.size()];
            for (int k = 0; k < own.length; k++) {
                Integer id = technologyIds.get(technologies.get(k));
                if (id == null) {
                    id = words + technologyIds.size();
                    technologyIds.put(technologies.get(k), id);
                }
                own[k] = id;
            }
            technologiesOf[member] = own;
        }
        int[] sizes = new int[words + technologyIds.size()];
        for (int member = 0; member < pool.size(); member++) {
            for (int[] keys : new int[][] {vectors.termIds(pool.get(member)), technologiesOf[member]}) {
                for (int id : keys) {
                    sizes[id]++;
                }
            }
        }
        int[][] postings = new int[sizes.length][];
        for (int id = 0; id < sizes.length; id++) {
            postings[id] = sizes[id] == 0 ? NO_KEYS : new int[sizes[id]];
        }
        int[] filled = new int[sizes.length];
        for (int member = 0; member < pool.size(); member++) {
            for (int[] keys : new int[][] {vectors.termIds(pool.get(member)), technologiesOf[member]}) {
                for (int id : keys) {
                    postings[id][filled[id]++] = member;
                }
            }
        }
        return postings;
    }

    /** The {@value #CANDIDATES_PER_AGENT} heaviest of the touched members, ties to the lower agent index. */
    private static int[] strongest(int[] touched, int count, double[] weight, List<Integer> pool) {
        int[] best = new int[Math.min(count, CANDIDATES_PER_AGENT)];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int member = touched[i];
            if (size == best.length && !heavier(member, best[size - 1], weight, pool)) {
                continue;
            }
            int at = size == best.length ? size - 1 : size++;
            while (at > 0 && heavier(member, best[at - 1], weight, pool)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = member;
        }
        return best;
    }

    private static boolean heavier(int a, int b, double[] weight, List<Integer> pool) {
        return weight[a] > weight[b] || weight[a] == weight[b] && pool.get(a) < pool.get(b);
    }

    private static long pack(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | high;
    }

    /** The pair of two agents of this analysis, scored (without what they share), whether or not they share a pool. */
    public OverlapPair compare(AgentFile a, AgentFile b) {
        int x = index.get(a);
        int y = index.get(b);
        return x < y ? score(x, y) : score(y, x);
    }

    /**
     * Whether two agents certainly do the same work: their scopes overlap, or (for agents no runtime routes
     * between, such as a chat mode and a subagent) one works with the technology that defines the other, and at least
     * {@value #FACET_HIGH} of their facets. A shared facet alone also pairs an MCP developer with an Elixir expert.
     */
    public static boolean certainlySameWork(OverlapPair pair) {
        return pair.verdict() != OverlapPair.Verdict.BELOW_THRESHOLD
                || pair.facet() >= FACET_HIGH
                        && (intersects(pair.first().identity(), pair.second().effective().technologies())
                                || intersects(pair.second().identity(), pair.first().effective().technologies()));
    }

    /**
     * Whether two agents do the same kind of work, routed together or not (a chat mode and a subagent that both
     * implement the backend): a reported or deferred overlap, or a shared action and domain with facet similarity of
     * at least {@value #SAME_WORK} and no technology that sets them apart.
     */
    public static boolean sameWork(OverlapPair pair) {
        if (pair.verdict() != OverlapPair.Verdict.BELOW_THRESHOLD) {
            return true;
        }
        AgentProfile.Facets fa = pair.first().effective();
        AgentProfile.Facets fb = pair.second().effective();
        return pair.facet() >= SAME_WORK && intersects(fa.actions(), fb.actions())
                && intersects(fa.domains(), fb.domains())
                && !(distinct(pair.first(), fb) && distinct(pair.second(), fa));
    }

    OverlapPair score(int a, int b) {
        AgentProfile first = profiles.get(a);
        AgentProfile second = profiles.get(b);
        double lexical = round(vectors.cosine(a, b));
        double body = round(bodies.cosine(a, b));
        AgentProfile.Facets fa = first.effective();
        AgentProfile.Facets fb = second.effective();
        double facet = round(0.4 * overlap(fa.actions(), fb.actions()) + 0.3 * overlap(fa.domains(), fb.domains())
                + 0.3 * overlap(fa.technologies(), fb.technologies()));
        double score = Math.max(lexical, facet);
        OverlapPair.Verdict verdict = verdict(first, second, lexical, facet, body, fa, fb);
        return new OverlapPair(first, second, round(score), lexical, facet, body, verdict, List.of());
    }

    /** The pair with what its agents share, worked out only for the pairs a run keeps. */
    private OverlapPair withShared(OverlapPair pair) {
        int a = index.get(pair.first().file());
        int b = index.get(pair.second().file());
        return new OverlapPair(pair.first(), pair.second(), pair.score(), pair.lexical(), pair.facet(), pair.body(),
                pair.verdict(), shared(a, b, pair.first().effective(), pair.second().effective()));
    }

    private OverlapPair.Verdict verdict(AgentProfile first, AgentProfile second, double lexical, double facet,
            double body, AgentProfile.Facets fa, AgentProfile.Facets fb) {
        if (lexical < LEXICAL && facet < FACET) {
            // every verdict below needs one of the two; most candidate pairs have neither, and the name checks cost
            return OverlapPair.Verdict.BELOW_THRESHOLD;
        }
        boolean deferred = first.deferrals().stream().anyMatch(second.names()::contains)
                || second.deferrals().stream().anyMatch(first.names()::contains);
        if (sameWrittenName(first, second)) {
            return OverlapPair.Verdict.BELOW_THRESHOLD;
        }
        boolean duplicate = lexical >= DUPLICATE_PROFILE && body >= DUPLICATE_BODY;
        if (!duplicate && (AgentNames.variants(first, second) || AgentNames.distinctTasks(first, second))) {
            return OverlapPair.Verdict.BELOW_THRESHOLD;
        }
        boolean sharedAction = intersects(fa.actions(), fb.actions());
        boolean sharedDomain = intersects(fa.domains(), fb.domains());
        boolean distinctSpecialists = distinct(first, fb) && distinct(second, fa);
        boolean sharedIdentity = intersects(first.identity(), second.identity());
        boolean sharedTech = intersects(fa.technologies(), fb.technologies());
        boolean facets = facet >= FACET && sharedAction && sharedDomain && !distinctSpecialists;
        OverlapPair.Verdict verdict;
        if (duplicate && !distinctSpecialists) {
            verdict = OverlapPair.Verdict.NEAR_DUPLICATE;
        } else if (lexical >= LEXICAL_HIGH && !distinctSpecialists && (sharedAction || sharedTech)
                || facets && facet >= FACET_HIGH && sharedIdentity
                        && (lexical >= LEXICAL_SUPPORT_HIGH || nameSimilarity(first, second) >= 0.5)) {
            verdict = OverlapPair.Verdict.OVERLAP_HIGH;
        } else if (lexical >= LEXICAL && !distinctSpecialists
                || facets && (sharedIdentity && lexical >= LEXICAL_SUPPORT || sharedTech && lexical >= LEXICAL_TECH
                        || sharedTech && facet >= FACET_HIGH && lexical >= LEXICAL_GENERALIST
                        || lexical >= LEXICAL_NO_TECH)) {
            verdict = OverlapPair.Verdict.OVERLAP_MEDIUM;
        } else {
            return OverlapPair.Verdict.BELOW_THRESHOLD;
        }
        return deferred ? OverlapPair.Verdict.DEFERRED : verdict;
    }

    /**
     * Whether an agent is defined by a technology the other never names: an AWS and an Azure Terraform agent are
     * different specialists, a FastAPI developer and a Python generalist are not (Python is in both).
     */
    private static boolean distinct(AgentProfile agent, AgentProfile.Facets other) {
        for (String tech : agent.identity()) {
            if (!other.technologies().contains(tech)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two definitions that write the same name are a naming problem first: {@code duplicate-agent-name} reports them
     * where they clash and deliberately accepts them across platforms, so they are not scored here.
     */
    private static boolean sameWrittenName(AgentProfile a, AgentProfile b) {
        return written(a) && written(b) && ProfileBuilder.key(a.name()).equals(ProfileBuilder.key(b.name()));
    }

    private static boolean written(AgentProfile profile) {
        return profile.file().agent().name().map(n -> n.span() != null).orElse(false);
    }

    /** Jaccard similarity of the words of two names: "python-coder" and "python-coder" are 1. */
    static double nameSimilarity(AgentProfile a, AgentProfile b) {
        Set<String> wa = new HashSet<>(a.nameWords());
        Set<String> wb = new HashSet<>(b.nameWords());
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        wa.retainAll(wb);
        return (double) wa.size() / union.size();
    }

    /**
     * Copies of one agent form a cluster; each copy is reported once, against the first copy in path order, rather
     * than every pair of copies (six copies make five findings, not fifteen).
     */
    private List<OverlapPair> stars(List<OverlapPair> reported) {
        int[] parent = new int[profiles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (OverlapPair pair : reported) {
            if (pair.verdict() == OverlapPair.Verdict.NEAR_DUPLICATE) {
                int a = find(parent, index.get(pair.first().file()));
                int b = find(parent, index.get(pair.second().file()));
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Set<Integer> covered = new HashSet<>();
        List<OverlapPair> kept = new ArrayList<>();
        for (OverlapPair pair : reported) {
            if (pair.verdict() != OverlapPair.Verdict.NEAR_DUPLICATE) {
                kept.add(pair);
                continue;
            }
            int a = index.get(pair.first().file());
            int b = index.get(pair.second().file());
            int root = find(parent, a);
            if (a == root && covered.add(b)) {
                kept.add(pair);
            }
        }
        for (OverlapPair pair : reported) {
            int b = index.get(pair.second().file());
            if (pair.verdict() == OverlapPair.Verdict.NEAR_DUPLICATE && find(parent, b) != b && covered.add(b)) {
                kept.add(pair);
            }
        }
        kept.sort(Comparator.comparing((OverlapPair p) -> p.first().file().path())
                .thenComparing(p -> p.second().file().path()));
        return kept;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Keeps a pair when it is among the closest partners of either of its agents. */
    private static List<OverlapPair> closest(List<OverlapPair> reported) {
        Map<AgentFile, List<OverlapPair>> byAgent = new HashMap<>();
        for (OverlapPair pair : reported) {
            byAgent.computeIfAbsent(pair.first().file(), k -> new ArrayList<>()).add(pair);
            byAgent.computeIfAbsent(pair.second().file(), k -> new ArrayList<>()).add(pair);
        }
        Set<OverlapPair> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<OverlapPair> mine : byAgent.values()) {
            mine.stream().sorted(Comparator.comparingDouble(OverlapPair::score).reversed()
                    .thenComparing(p -> p.first().file().path()).thenComparing(p -> p.second().file().path()))
                    .limit(PARTNERS_PER_AGENT).forEach(kept::add);
        }
        return reported.stream().filter(kept::contains).toList();
    }

    /** Shared facets, then the shared profile words that weigh most in both, up to eight items. */
    private List<String> shared(int a, int b, AgentProfile.Facets fa, AgentProfile.Facets fb) {
        List<String> shared = new ArrayList<>();
        fa.actions().stream().filter(fb.actions()::contains).sorted().forEach(shared::add);
        fa.domains().stream().filter(fb.domains()::contains).sorted().forEach(shared::add);
        fa.technologies().stream().filter(fb.technologies()::contains).sorted().forEach(shared::add);
        AgentProfile first = profiles.get(a);
        Set<String> lower = new HashSet<>();
        shared.forEach(s -> lower.add(Words.stem(s.toLowerCase(java.util.Locale.ROOT))));
        vectors.shared(a, b).stream()
                .sorted(Comparator.comparingDouble((TermVectors.SharedTerm t) -> -t.product())
                        .thenComparing(TermVectors.SharedTerm::term))
                .map(TermVectors.SharedTerm::term)
                .filter(t -> !lower.contains(t))
                .limit(Math.max(0, 8 - shared.size()))
                .forEach(t -> shared.add(first.surfaces().getOrDefault(t, t)));
        return shared.size() > 8 ? shared.subList(0, 8) : shared;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The overlap coefficient |A ∩ B| / min(|A|, |B|), 0 when either is empty. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / Math.min(a.size(), b.size());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
