package mllab.lesson;

import java.util.ArrayList;
import java.util.List;
import mllab.data.Dataset;
import mllab.model.Activation;
import mllab.model.Optimizer;
import mllab.model.RunOptions;
import mllab.model.TrainingConfig;
import mllab.pipeline.Step;

/**
 * The Training step's optional cells: the same training in PyTorch and in Keras, each skipping
 * itself when its library is missing. They translate the settings as {@link TrainingCells} reads
 * them and say what the app got instead of what they print, since their random start differs.
 */
final class FrameworkCells {

  private final TrainingCells training;
  private final Dataset dataset;
  private final RunOptions runOptions;

  FrameworkCells(TrainingCells training, Dataset dataset, RunOptions runOptions) {
    this.training = training;
    this.dataset = dataset;
    this.runOptions = runOptions;
  }

  private TrainingConfig config() {
    return training.config();
  }

  private boolean softmax() {
    return training.softmax();
  }

  private boolean positiveWeighting() {
    return training.positiveWeighting();
  }

  private boolean earlyStopping() {
    return training.earlyStopping();
  }

  private String appGot(String library) {
    return training.appGot(library);
  }

  private String sizes() {
    List<String> parts = new ArrayList<>();
    parts.add(Integer.toString(dataset.featureCount()));
    for (int u : config().hiddenLayers()) {
      parts.add(Integer.toString(u));
    }
    parts.add(Integer.toString(dataset.labelCount()));
    return "[" + String.join(", ", parts) + "]";
  }

  private static String optionalHeader(String what, String module, String install) {
    return "# Optional: the same training in "
        + what
        + " ("
        + install
        + "); skipped without it.\n"
        + "import importlib.util\n\n"
        + "if importlib.util.find_spec(\""
        + module
        + "\") is None:\n"
        + "    print(\"optional cell skipped: "
        + what
        + " is not installed\")\n"
        + "else:\n";
  }

  /** The optional PyTorch cell. */
  PythonCell torchTraining() {
    TrainingConfig c = config();
    StringBuilder code = new StringBuilder(optionalHeader("PyTorch", "torch", "pip install torch"));
    torchNetwork(code, c);
    if (softmax()) {
      code.append(
              "    loss_fn = torch.nn.CrossEntropyLoss()  # against the labels scaled to sum to 1\n")
          .append(
              "    targets = lambda Y: torch.tensor(Y / np.maximum(Y.sum(axis=1, keepdims=True), 1))\n");
    } else {
      code.append("    loss_fn = torch.nn.BCEWithLogitsLoss(")
          .append(positiveWeighting() ? "pos_weight=torch.tensor(pos_weight)" : "")
          .append(")  # mean over rows and labels, as the app\n")
          .append("    targets = lambda Y: torch.tensor(Y, dtype=torch.float64)\n");
    }
    code.append("    Xt, Yt = torch.tensor(X_train), targets(Y_train)\n");
    torchLoop(code, c);
    code.append("    with torch.no_grad():\n")
        .append("        Z_torch = net(torch.tensor(X_test)).numpy()\n")
        .append(
            "    print(\"PyTorch's run: test loss\", round(mean_loss(Z_torch, Y_test), 3), \"label accuracy\",\n")
        .append("          round(float(((probabilities(Z_torch) >= 0.5) == Y_test).mean()), 3))");
    return PythonCell.differing(Step.TRAINING, code.toString(), appGot("PyTorch"), "PyTorch");
  }

  /** The network as the app builds it, its initialisation and its optimiser. */
  private void torchNetwork(StringBuilder code, TrainingConfig c) {
    boolean relu = c.activation() == Activation.RELU;
    String module =
        switch (c.activation()) {
          case RELU -> "ReLU";
          case TANH -> "Tanh";
          case SIGMOID -> "Sigmoid";
        };
    code.append("    import torch\n\n")
        .append("    torch.manual_seed(")
        .append(c.seed())
        .append(")\n")
        .append("    sizes = ")
        .append(sizes())
        .append("\n")
        .append("    modules = []\n")
        .append("    for i, (n_in, n_out) in enumerate(zip(sizes, sizes[1:])):\n")
        .append("        linear = torch.nn.Linear(n_in, n_out, dtype=torch.float64)\n");
    if (relu) {
      code.append(
              "        if i < len(sizes) - 2:  # hidden: He initialisation (normal) for ReLU, as the app\n")
          .append("            torch.nn.init.normal_(linear.weight, std=(2 / n_in) ** 0.5)\n")
          .append("        else:  # output: Glorot uniform, as the app\n")
          .append("            torch.nn.init.xavier_uniform_(linear.weight)\n");
    } else {
      code.append(
          "        torch.nn.init.xavier_uniform_(linear.weight)  # Glorot uniform, as the app\n");
    }
    code.append("        torch.nn.init.zeros_(linear.bias)\n")
        .append("        modules += [linear, torch.nn.")
        .append(module)
        .append("()] if i < len(sizes) - 2 else [linear]\n")
        .append("    net = torch.nn.Sequential(*modules)\n")
        .append("    # weight_decay = λ adds λ·w to the gradient")
        .append(c.optimizer() == Optimizer.ADAM ? " before Adam's moments" : "")
        .append(", as the app does; the app leaves biases alone\n")
        .append(
            "    params = [{\"params\": [p for n, p in net.named_parameters() if n.endswith(\"weight\")],\n")
        .append("               \"weight_decay\": ")
        .append(PyFormat.repr(c.l2()))
        .append("},\n")
        .append(
            "              {\"params\": [p for n, p in net.named_parameters() if n.endswith(\"bias\")]}]\n")
        .append("    optimizer = ")
        .append(optimizerCall("torch.optim.", "params, lr=", "eps"))
        .append("\n");
  }

  /**
   * The epochs and batches, with early stopping on the validation loss when the app stops early.
   */
  private void torchLoop(StringBuilder code, TrainingConfig c) {
    boolean stop = earlyStopping();
    if (stop) {
      code.append(
              "    # Early stopping, as the app: after each epoch the validation loss (the plain one")
          .append(positiveWeighting() ? ", without\n    # pos_weight" : "")
          .append(") is watched; ")
          .append(runOptions.earlyStoppingPatience())
          .append(" epochs without a lower one stop the run,\n")
          .append(
              "    # which then keeps the weights of the epoch with the lowest validation loss\n")
          .append("    watched = ")
          .append(softmax() ? "loss_fn" : "torch.nn.BCEWithLogitsLoss()")
          .append("\n")
          .append("    Xv, Yv = torch.tensor(X_val), targets(Y_val)\n")
          .append("    best_loss, best_epoch = float(\"inf\"), 0\n")
          .append("    for epoch in range(1, ")
          .append(c.epochs() + 1)
          .append("):\n");
    } else {
      code.append("    for epoch in range(").append(c.epochs()).append("):\n");
    }
    code.append("        for batch in torch.randperm(len(Xt)).split(")
        .append(c.batchSize())
        .append("):\n")
        .append("            optimizer.zero_grad()\n")
        .append("            loss_fn(net(Xt[batch]), Yt[batch]).backward()\n")
        .append("            optimizer.step()\n");
    if (stop) {
      code.append("        with torch.no_grad():\n")
          .append("            val_loss = watched(net(Xv), Yv).item()\n")
          .append("        if val_loss < best_loss:\n")
          .append("            best_loss, best_epoch = val_loss, epoch\n")
          .append("            best = {k: v.clone() for k, v in net.state_dict().items()}\n")
          .append("        if epoch - best_epoch >= ")
          .append(runOptions.earlyStoppingPatience())
          .append(" and epoch < ")
          .append(c.epochs())
          .append(":\n")
          .append("            net.load_state_dict(best)\n")
          .append(
              "            print(\"PyTorch's run stopped early after epoch\", epoch, \"and keeps epoch\", best_epoch)\n")
          .append("            break\n");
    }
  }

  /** {@code module}Adam(…, ε 1e-8 as the app) or {@code module}SGD(…, momentum). */
  private String optimizerCall(String module, String lrArgument, String epsilonName) {
    TrainingConfig c = config();
    String lr = lrArgument + PyFormat.repr(c.learningRate());
    return c.optimizer() == Optimizer.ADAM
        ? module + "Adam(" + lr + ", " + epsilonName + "=1e-8)"
        : module + "SGD(" + lr + ", momentum=" + PyFormat.repr(c.momentum()) + ")";
  }

  /** The optional Keras cell. */
  PythonCell kerasTraining() {
    TrainingConfig c = config();
    String plain =
        "keras.losses."
            + (softmax() ? "CategoricalCrossentropy" : "BinaryCrossentropy")
            + "(from_logits=True)";
    java.util.function.UnaryOperator<String> target =
        y -> softmax() ? y + " / np.maximum(" + y + ".sum(axis=1, keepdims=True), 1)" : y;
    StringBuilder code =
        new StringBuilder(optionalHeader("Keras", "tensorflow", "pip install tensorflow"));
    kerasNetwork(code, c);
    code.append(kerasLoss())
        .append("    model.compile(optimizer=")
        .append(optimizerCall("keras.optimizers.", "learning_rate=", "epsilon"))
        .append(",\n                  loss=")
        .append(positiveWeighting() ? "weighted_loss" : plain)
        .append(
            earlyStopping()
                ? ", metrics=[" + plain.replace("True)", "True, name=\"plain\")") + "]"
                : "")
        .append(")\n")
        .append("    model.fit(X_train, ")
        .append(target.apply("Y_train"))
        .append(", epochs=")
        .append(c.epochs())
        .append(", batch_size=")
        .append(c.batchSize())
        .append(", shuffle=True, verbose=0");
    if (earlyStopping()) {
      code.append(
              ",\n              # watches the plain validation loss, keeps the best epoch when it stops\n")
          .append("              validation_data=(X_val, ")
          .append(target.apply("Y_val"))
          .append("),\n")
          .append(
              "              callbacks=[keras.callbacks.EarlyStopping(monitor=\"val_plain\", patience=")
          .append(runOptions.earlyStoppingPatience())
          .append(", restore_best_weights=True)]");
    }
    code.append(")\n")
        .append("    Z_keras = model.predict(X_test, verbose=0).astype(float)\n")
        .append(
            "    # accuracy counted with >= 0.5 as the app (Keras' binary_accuracy counts p > 0.5)\n")
        .append(
            "    print(\"Keras's run: test loss\", round(mean_loss(Z_keras, Y_test), 3), \"label accuracy\",\n")
        .append("          round(float(((probabilities(Z_keras) >= 0.5) == Y_test).mean()), 3))");
    return PythonCell.differing(Step.TRAINING, code.toString(), appGot("Keras"), "Keras");
  }

  /** The network as the app builds it, in Keras: seed, L2 penalty, layers and initialisation. */
  private void kerasNetwork(StringBuilder code, TrainingConfig c) {
    String activation = c.activation().name().toLowerCase(java.util.Locale.ROOT);
    code.append("    from tensorflow import keras\n\n")
        .append("    keras.utils.set_random_seed(")
        .append(c.seed())
        .append(")\n")
        .append("    l2 = keras.regularizers.l2(")
        .append(PyFormat.repr(c.l2()))
        .append(" / 2)  # Keras adds l2·Σw², the app λ/2·Σw², on every layer\n")
        .append("    sizes = ")
        .append(sizes())
        .append("\n")
        .append("    model = keras.Sequential([keras.Input(shape=(sizes[0],))])\n")
        .append("    for n_in, n_out in zip(sizes[:-2], sizes[1:-1]):\n")
        .append("        model.add(keras.layers.Dense(n_out, activation=\"")
        .append(activation)
        .append("\", kernel_regularizer=l2")
        .append(
            c.activation() == Activation.RELU
                ? ",\n            # He (normal, not truncated), as the app\n"
                    + "            kernel_initializer=keras.initializers.RandomNormal(stddev=(2 / n_in) ** 0.5)"
                : "")
        .append("))\n")
        .append(
            "    model.add(keras.layers.Dense(sizes[-1], kernel_regularizer=l2))  # logits; Glorot uniform, as the app\n");
  }

  /** With pos_weight: the weighted binary cross-entropy from the logits, as PyTorch's. */
  private String kerasLoss() {
    if (!positiveWeighting()) {
      return "";
    }
    return "    w = keras.ops.convert_to_tensor(pos_weight, dtype=\"float32\")\n\n"
        + "    def weighted_loss(y, z):  # -[w y ln p + (1 - y) ln(1 - p)], mean over labels\n"
        + "        y = keras.ops.cast(y, z.dtype)\n"
        + "        return keras.ops.mean(w * y * keras.ops.softplus(-z) + (1 - y) * keras.ops.softplus(z), axis=-1)\n\n";
  }
}
