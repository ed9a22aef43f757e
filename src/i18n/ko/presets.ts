import type { Catalog } from '../index.ts';

export const presets: Catalog['presets'] = {
  examples: {
    cs231n: {
      title: 'CS231n: (x + y) · z',
      teaches: '노드마다 연쇄 법칙: 덧셈 게이트는 기울기를 그대로 전달하고, 곱셈 게이트는 각 입력에 다른 입력의 값을 곱해 보냅니다.',
    },
    neuron: {
      title: '시그모이드 뉴런, 게이트 하나씩',
      teaches: '기본 게이트로 풀어 쓴 2차원 뉴런: 1/(1 + e^−(w·x + b))의 모든 단계가 저마다 국소 기울기를 가집니다.',
    },
    'neuron-fused': {
      title: '시그모이드 뉴런, σ 게이트 하나',
      teaches: 'σ를 게이트 하나로 쓴 같은 뉴런: 국소 기울기 σ(1 − σ)가 네 단계를 대신하고, 결과는 같습니다.',
    },
    patterns: {
      title: '게이트 패턴: add, mul, max',
      teaches: '덧셈은 기울기를 나눠 주고, 곱셈은 입력을 맞바꾸고, max는 기울기 전부를 더 큰 입력으로 보냅니다.',
    },
    fanout: {
      title: '분기: 두 번 쓰인 값',
      teaches: '값 하나가 게이트 두 개로 들어가면, 그 기울기는 돌아오는 두 항의 합입니다.',
    },
    'net-222': {
      title: '2-2-2 시그모이드 신경망, MSE',
      teaches: '델타 규칙: 출력의 델타는 (y − t)·y(1 − y)이고, 은닉 뉴런은 두 출력의 델타를 더합니다.',
    },
    'mlp-2321': {
      title: '2-3-2-1 ReLU MLP, MSE',
      teaches: '강의 글과 같은 매개변수의 작은 MLP입니다. 모든 가중치의 기울기를 구하고 SGD를 한 단계 적용해 볼 수 있습니다.',
    },
    'mlp-2321-matrix': {
      title: '2-3-2-1 ReLU MLP, MSE (행렬 형태)',
      teaches: '같은 MLP를 강의 글 004처럼 h₁ = relu(W₁x + b₁)로 씁니다. 네 줄이 같은 게이트로 펼쳐지고, 결과는 마지막 자리까지 같습니다.',
    },
    'net-222-matrix': {
      title: '2-2-2 시그모이드 신경망, MSE (행렬 형태)',
      teaches: '행렬로 쓴 델타 규칙입니다. 출력의 델타 δ를 구하고, Wᵀδ로 은닉 계층에 되돌려 보냅니다.',
    },
    'cs231n-vectorised': {
      title: 'CS231n: f = ‖W·x‖², 벡터화',
      teaches: '행렬이 있는 역전파입니다. ∂f/∂q = 2q, ∂f/∂W = 2q xᵀ, ∂f/∂x = 2Wᵀq를 원소별로 확인합니다.',
    },
    survey: {
      title: '자동 미분 서베이: ln x₁ + x₁x₂ − sin x₂',
      teaches: 'Baydin 등의 서베이에 나오는 추적 표: 중간값마다 한 행, 그 값과 접선 값 또는 수반 값.',
    },
    'sigmoid-chain': {
      title: '깊은 시그모이드 사슬: 기울기 소실',
      teaches: '시그모이드 여덟 개가 줄지어 있습니다: x로 돌아가는 동안 기울기가 층마다 적어도 4배씩 줄어듭니다.',
    },
  },
  comments: {
    cs231n: { formula: 'CS231n 4강: f(x, y, z) = (x + y) z' },
    fanout: { twice: '분기: x의 값이 q와 f 두 곳에 쓰입니다' },
    'net-222': {
      data: '입력과 목표값',
      hidden: '은닉 계층의 가중치 (편향은 강의 글처럼 1로 고정)',
      output: '출력 계층의 가중치',
    },
    'mlp-2321-matrix': { form: '같은 MLP를 강의 글 004처럼 씁니다: h1 = relu(W1 x + b1), h2 = relu(W2 h1 + b2)' },
    'net-222-matrix': { form: '강의 글 003의 2-2-2 신경망, 가중치는 행렬로 씁니다 (편향은 1로 고정)' },
    'cs231n-vectorised': { formula: 'CS231n 4강: f(x, W) = ‖W·x‖²' },
    survey: { source: '자동 미분 서베이 논문 (Baydin 등, Automatic differentiation in machine learning: a survey)' },
    chain: {
      sigmoid: '시그모이드 게이트마다 기울기에 곱하는 값: σ(1−σ) ≤ 1/4',
      tanh: 'tanh 게이트마다 기울기에 곱하는 값: 1 − tanh² ≤ 1',
      relu: 'ReLU 게이트는 입력이 양수인 곳에서 기울기를 그대로 전달합니다',
      softplus: 'softplus 게이트마다 기울기에 곱하는 값: σ(입력) < 1',
    },
  },
  picker: {
    label: '예제',
    own: '내 프로그램',
    backToOwn: '↩ 내 프로그램으로 돌아가기',
    editing: (title) => `✎ ${title} (내가 고친 것)`,
    backToEdit: (title, nth) => `↩ 내가 고친 ${title}${nth > 1 ? ` (${nth})` : ''}`,
    ownTeaches: '내가 쓴 프로그램입니다. 예제를 골라 강의 내용을 살펴보세요.',
    editedTeaches: (teaches) => `내가 고친 예제입니다. ${teaches}`,
    opened: '열어 온 프로그램',
    openedEdited: '✎ 열어 온 프로그램 (내가 고친 것)',
    openedTeaches: '링크나 파일에서 연 프로그램입니다. 내 프로그램은 이 목록에서 언제든 다시 고를 수 있습니다.',
    backToKept: (nth) => `↩ 내가 쓴 다른 프로그램${nth > 1 ? ` (${nth})` : ''}`,
  },
};
