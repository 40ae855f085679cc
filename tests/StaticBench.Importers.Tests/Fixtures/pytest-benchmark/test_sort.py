# The benchmarks behind the fixtures in this folder (see COMMANDS.md).
import pytest


@pytest.mark.parametrize("size", [100, 1000])
def test_sort(benchmark, size):
    data = [(i * 7919) % 1000 for i in range(size)]
    benchmark(sorted, data)


def test_join(benchmark):
    benchmark(lambda: ",".join(str(i) for i in range(200)))
