"""``bilan eval`` extracts a gold split and reports the shared scorer's figures."""

from pathlib import Path

from click.testing import CliRunner

from bilan.cli.main import cli
from bilan.evaluate import evaluate
from conftest import REPO


def test_evaluate_scores_the_dev_split(shared: Path, tmp_path: Path) -> None:
    (result,) = evaluate(REPO / "eval" / "gold", languages=["fr"], splits=["dev"], shared=shared,
                         out_dir=tmp_path)
    assert result.documents >= 30
    assert result.predictions.is_file()
    assert "casualties" in result.table and "events strict" in result.table
    casualties = result.scores["casualties"]
    assert casualties["tp"] + casualties["fn"] > 0
    assert result.scores["invalid"] == 0  # every value we emit is in the taxonomy


def test_eval_command_without_scorer_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "--shared", str(tmp_path), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "cannot find eval/score.py" in result.stderr
