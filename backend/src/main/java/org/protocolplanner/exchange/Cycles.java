package org.protocolplanner.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds the cycles of a directed graph as its strongly connected components that hold one (Tarjan's
 * algorithm). Iterative, because a chain of 5,000 events would overflow the stack of a recursive one.
 */
final class Cycles {

    private final List<List<Integer>> edges;
    private final int[] index;
    private final int[] lowLink;
    private final boolean[] onStack;
    private final Deque<Integer> stack = new ArrayDeque<>();
    private final List<List<Integer>> cycles = new ArrayList<>();
    private int nextIndex;

    private Cycles(List<List<Integer>> edges) {
        this.edges = edges;
        this.index = new int[edges.size()];
        this.lowLink = new int[edges.size()];
        this.onStack = new boolean[edges.size()];
        Arrays.fill(index, -1);
    }

    /**
     * @param edges for each node, the nodes it points to
     * @return each component that holds a cycle, its nodes in ascending order, the components ordered by
     *         their smallest node
     */
    static List<List<Integer>> find(List<List<Integer>> edges) {
        Cycles finder = new Cycles(edges);
        for (int node = 0; node < edges.size(); node++) {
            if (finder.index[node] < 0) {
                finder.visit(node);
            }
        }
        finder.cycles.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        return finder.cycles;
    }

    private void visit(int start) {
        // Each frame is a node and how many of its edges were followed so far.
        Deque<int[]> frames = new ArrayDeque<>();
        open(start);
        frames.push(new int[] {start, 0});
        while (!frames.isEmpty()) {
            int[] frame = frames.peek();
            int node = frame[0];
            if (frame[1] < edges.get(node).size()) {
                int next = edges.get(node).get(frame[1]++);
                if (index[next] < 0) {
                    open(next);
                    frames.push(new int[] {next, 0});
                } else if (onStack[next]) {
                    lowLink[node] = Math.min(lowLink[node], index[next]);
                }
                continue;
            }
            frames.pop();
            if (!frames.isEmpty()) {
                int parent = frames.peek()[0];
                lowLink[parent] = Math.min(lowLink[parent], lowLink[node]);
            }
            if (lowLink[node] == index[node]) {
                closeComponent(node);
            }
        }
    }

    private void open(int node) {
        index[node] = nextIndex;
        lowLink[node] = nextIndex;
        nextIndex++;
        stack.push(node);
        onStack[node] = true;
    }

    private void closeComponent(int root) {
        List<Integer> component = new ArrayList<>();
        int member;
        do {
            member = stack.pop();
            onStack[member] = false;
            component.add(member);
        } while (member != root);
        if (component.size() > 1 || edges.get(root).contains(root)) {
            component.sort(null);
            cycles.add(component);
        }
    }
}
